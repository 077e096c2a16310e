import { standardEditorsRegistry, type StandardEditorsRegistryItem } from '@grafana/data';

// Ids that @grafana/data's options builders look up; Grafana core registers the real editors.
export const STANDARD_EDITOR_IDS = [
  'boolean',
  'color',
  'dashboard-uid',
  'field-name',
  'multi-select',
  'number',
  'radio',
  'select',
  'slider',
  'strings',
  'text',
  'timezone',
  'unit',
];

/** Registers stand-in editors so option builders and plugin defaults work outside Grafana. */
export function registerStandardEditors(): void {
  const editors: StandardEditorsRegistryItem[] = STANDARD_EDITOR_IDS.map((id) => ({
    id,
    name: id,
    editor: () => null,
  }));
  standardEditorsRegistry.setInit(() => editors);
}
