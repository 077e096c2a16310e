// Stand-ins for the option editors and standard field options that live in Grafana core (OptionsUI/registry.tsx).
import {
  dataLinksOverrideProcessor,
  displayNameOverrideProcessor,
  type FieldConfigPropertyItem,
  FieldType,
  identityOverrideProcessor,
  numberOverrideProcessor,
  standardEditorsRegistry,
  type StandardEditorsRegistryItem,
  standardFieldConfigEditorRegistry,
  stringOverrideProcessor,
  ThresholdsMode,
  thresholdsOverrideProcessor,
  valueMappingsOverrideProcessor,
} from '@grafana/data';

// The host renders panels, not their option panes, so editors render nothing.
const NoEditor = () => null;

const EDITOR_IDS = [
  'text',
  'number',
  'slider',
  'boolean',
  'radio',
  'select',
  'unit',
  'links',
  'stats-picker',
  'strings',
  'timezone',
  'fieldColor',
  'color',
  'multi-select',
  'field-name',
  'dashboard-uid',
  'mappings',
  'thresholds',
];

const editors = (): StandardEditorsRegistryItem[] => EDITOR_IDS.map((id) => ({ id, name: id, editor: NoEditor }));

type Process = FieldConfigPropertyItem['process'];

function option(id: string, process: Process, extra: Partial<FieldConfigPropertyItem> = {}): FieldConfigPropertyItem {
  return {
    id,
    path: id,
    name: id,
    editor: NoEditor,
    override: NoEditor,
    process,
    shouldApply: () => true,
    category: ['Standard options'],
    ...extra,
  };
}

const isNumber: FieldConfigPropertyItem['shouldApply'] = (field) => field.type === FieldType.number;

// Same ids, paths, processors and defaults as Grafana's getAllStandardFieldConfigs().
const fieldConfigs = (): FieldConfigPropertyItem[] => [
  option('unit', stringOverrideProcessor),
  option('min', numberOverrideProcessor, { shouldApply: isNumber }),
  option('max', numberOverrideProcessor, { shouldApply: isNumber }),
  option('fieldMinMax', identityOverrideProcessor, { shouldApply: isNumber }),
  option('decimals', numberOverrideProcessor, { shouldApply: isNumber }),
  option('displayName', displayNameOverrideProcessor),
  option('color', identityOverrideProcessor, { settings: { byValueSupport: true, preferThresholdsMode: true } }),
  option('noValue', stringOverrideProcessor),
  option('links', dataLinksOverrideProcessor, { category: ['Data links'] }),
  option('mappings', valueMappingsOverrideProcessor, {
    defaultValue: [],
    shouldApply: (field) => field.type !== FieldType.time,
    category: ['Value mappings'],
  }),
  option('thresholds', thresholdsOverrideProcessor, {
    defaultValue: {
      mode: ThresholdsMode.Absolute,
      steps: [
        { value: -Infinity, color: 'green' },
        { value: 80, color: 'red' },
      ],
    },
    category: ['Thresholds'],
  }),
];

export function initEditors(): void {
  standardEditorsRegistry.setInit(editors);
  standardFieldConfigEditorRegistry.setInit(fieldConfigs);
}
