import { PanelOptionsEditorBuilder } from '@grafana/data';
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

  it('has one field-name option per input field role, defaulting to the role name', () => {
    const fieldItems = optionItems().filter((i) => i.path.startsWith('fields.'));
    expect(fieldItems.map((i) => i.path)).toEqual(FIELD_ROLES.map((r) => `fields.${r}`));
    expect(fieldItems.map((i) => i.defaultValue)).toEqual([...FIELD_ROLES]);
  });
});
