import { FieldType, PanelOptionsEditorBuilder, standardEditorsRegistry } from '@grafana/data';
import { plugin } from './module';
import { PerspectivesEditor } from './components/PerspectivesEditor/PerspectivesEditor';
import { DEFAULT_PERSPECTIVES, defaultOptions, FIELD_ROLES, type Options } from './options';

function optionItems() {
  const builder = new PanelOptionsEditorBuilder<Options>();
  plugin.getPanelOptionsSupplier()(builder, { data: [] });
  return builder.getItems();
}

const item = (path: string) => optionItems().find((i) => i.path === path);

describe('balanced scorecard options (through the plugin builder)', () => {
  it('offers the three views, perspectives first', () => {
    expect(item('view')?.defaultValue).toBe('grid');
    expect(item('view')?.settings?.options.map((o: { value: string }) => o.value)).toEqual(['grid', 'table', 'map']);
  });

  it('edits the perspectives with its own editor, right after the view, starting from the classic four', () => {
    const perspectives = item('perspectives');
    expect(perspectives?.editor).toBe(PerspectivesEditor);
    expect(perspectives?.defaultValue).toEqual(DEFAULT_PERSPECTIVES);
    expect(perspectives?.category).toEqual(['Scorecard']);
    expect(
      optionItems()
        .map((i) => i.path)
        .slice(0, 2)
    ).toEqual(['view', 'perspectives']);
  });

  it('scores with a weighted roll-up, higher is better and a 20% red flag gap by default', () => {
    expect(item('scoring.rollupMode')?.settings?.options.map((o: { value: string }) => o.value)).toEqual([
      'weighted',
      'worst',
      'count',
    ]);
    expect(['scoring.rollupMode', 'scoring.direction', 'scoring.redFlagGap'].map((p) => item(p)?.defaultValue)).toEqual(
      ['weighted', 'higher-is-better', 20]
    );
  });

  it('hides sparklines and change on the strategy map, which shows objectives only', () => {
    for (const path of ['display.sparklines', 'display.change']) {
      const showIf = item(path)?.showIf;
      expect(showIf?.({ ...defaultOptions, view: 'map' })).toBe(false);
      expect(showIf?.({ ...defaultOptions, view: 'table' })).toBe(true);
    }
    expect(item('display.staleAfter')?.defaultValue).toBe('30d');
  });

  it('has one field-name picker per input field role, defaulting to the role name', () => {
    const fieldItems = optionItems().filter((i) => i.path.startsWith('fields.'));
    expect(fieldItems.map((i) => i.path)).toEqual(FIELD_ROLES.map((r) => `fields.${r}`));
    expect(fieldItems.map((i) => i.defaultValue)).toEqual([...FIELD_ROLES]);
    const picker = standardEditorsRegistry.get('field-name').editor;
    expect(fieldItems.every((i) => i.editor === picker && i.category?.[0] === 'Input fields')).toBe(true);
    expect(item('fields.redFlag')?.name).toBe('Red flag');
  });

  it('offers text fields for names, numeric fields for numbers, and says so when there are none', () => {
    const [name, value, when, live] = [
      { name: 'kpi', type: FieldType.string, config: {}, values: [] },
      { name: 'actual', type: FieldType.number, config: {}, values: [] },
      { name: 'time', type: FieldType.time, config: {}, values: [] },
      { name: 'live', type: FieldType.boolean, config: {}, values: [] },
    ];
    const offered = (path: string) =>
      [name, value, when, live].filter((f) => item(path)?.settings?.filter(f)).map((f) => f.name);
    expect(offered('fields.kpi')).toEqual(['kpi']);
    expect(offered('fields.perspective')).toEqual(['kpi']);
    expect(offered('fields.value')).toEqual(['actual']);
    expect(offered('fields.weight')).toEqual(['actual']);
    expect(offered('fields.periodStart')).toEqual(['kpi', 'actual', 'time']);
    expect(offered('fields.partial')).toEqual(['kpi', 'actual', 'live']);
    expect(item('fields.value')?.settings?.noFieldsMessage).toBe('No numeric field in the data');
    expect(item('fields.objective')?.settings?.noFieldsMessage).toBe('No text field in the data');
  });
});
