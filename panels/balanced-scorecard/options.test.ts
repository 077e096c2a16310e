import { PanelOptionsEditorBuilder } from '@grafana/data';
import { addFieldNameOptions, addScoringOptions, defaultOptions, FIELD_ROLES, type Options } from './options';

describe('balanced scorecard options', () => {
  const builder = new PanelOptionsEditorBuilder<Options>();
  addScoringOptions(builder);
  addFieldNameOptions(builder);
  const items = builder.getItems();

  it('has one field-name option per role of DESIGN §6, defaulting to the role name', () => {
    const fieldItems = items.filter((i) => i.path.startsWith('fields.'));
    expect(fieldItems.map((i) => i.path)).toEqual(FIELD_ROLES.map((r) => `fields.${r}`));
    expect(fieldItems.map((i) => i.defaultValue)).toEqual([...FIELD_ROLES]);
    expect(FIELD_ROLES).toEqual(
      expect.arrayContaining(['perspective', 'objective', 'kpi', 'value', 'target', 'causes'])
    );
  });

  it('offers the three roll-up modes with weighted as default', () => {
    const rollup = items.find((i) => i.path === 'rollupMode');
    expect(rollup?.defaultValue).toBe('weighted');
    expect(rollup?.settings?.options.map((o: { value: string }) => o.value)).toEqual(['weighted', 'worst', 'count']);
    expect(defaultOptions.rollupMode).toBe('weighted');
  });
});
