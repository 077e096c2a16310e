import { FieldType, PanelOptionsEditorBuilder, standardEditorsRegistry, toDataFrame } from '@grafana/data';
import { addOptions, defaultOptions, numericFieldOptions, type Options } from './options';

const builder = new PanelOptionsEditorBuilder<Options>();
addOptions(builder);
const items = builder.getItems();
const item = (path: string) => items.find((i) => i.path === path);
const editor = (id: string) => standardEditorsRegistry.get(id).editor;

const data = [
  toDataFrame({
    fields: [
      { name: 'stage', type: FieldType.string, values: ['a'] },
      { name: 'value', type: FieldType.number, values: [1] },
      { name: 'channel', type: FieldType.string, values: ['web'] },
      { name: 'time', type: FieldType.time, values: [1] },
    ],
  }),
];

describe('journey funnel options (through the real builder)', () => {
  it('has every option once, in its category, with the defaults of defaultOptions', () => {
    expect(items.map((i) => i.path)).toEqual([
      'view',
      'orientation',
      'percentOf',
      'showDropOff',
      'breakdownMode',
      'showPrevious',
      'showTimeToConvert',
      'showInProgress',
      'showStageKpis',
      'showEscalations',
      'layout',
      'stageField',
      'valueField',
      'previousField',
      'wideFields',
      'segmentField',
    ]);
    expect(Object.fromEntries(items.map((i) => [i.path, i.defaultValue]))).toEqual(defaultOptions);
    expect(item('view')?.category).toEqual(['Funnel']);
    expect(item('breakdownMode')?.category).toEqual(['Funnel']);
    expect(item('showPrevious')?.category).toEqual(['Comparison']);
    expect(
      ['showTimeToConvert', 'showInProgress', 'showStageKpis', 'showEscalations'].map((p) => item(p)?.category)
    ).toEqual([['Details'], ['Details'], ['Details'], ['Details']]);
    expect(item('stageField')?.category).toEqual(['Input']);
  });

  it('offers the two views, both orientations and the three conversion labels', () => {
    const values = (path: string) => item(path)?.settings?.options.map((o: { value: string }) => o.value);
    expect(values('view')).toEqual(['bars', 'flow']);
    expect(values('orientation')).toEqual(['horizontal', 'vertical']);
    expect(values('percentOf')).toEqual(['first', 'previous', 'both']);
    expect(values('breakdownMode')).toEqual(['grouped', 'multiples']);
    expect(values('layout')).toEqual(['auto', 'long', 'wide']);
    expect(item('view')?.editor).toBe(editor('radio'));
    expect(item('showPrevious')?.editor).toBe(editor('boolean'));
  });

  it('picks every field role with Grafana’s field-name picker, filtered to the right type', () => {
    for (const path of ['stageField', 'valueField', 'previousField', 'segmentField']) {
      expect(item(path)?.editor).toBe(editor('field-name'));
      expect(item(path)?.id).toBe(path);
    }
    const [stage, value, channel, time] = data[0]?.fields ?? [];
    const filter = (path: string) => item(path)?.settings?.filter;
    expect([stage, value, channel, time].map((f) => f && filter('stageField')(f))).toEqual([true, false, true, false]);
    expect([stage, value, channel, time].map((f) => f && filter('valueField')(f))).toEqual([false, true, false, false]);
    expect([stage, value, channel, time].map((f) => f && filter('previousField')(f))).toEqual([
      false,
      true,
      false,
      false,
    ]);
    expect(item('valueField')?.settings?.noFieldsMessage).toBe('No numeric field in the data');
  });

  it('chooses the stages of wide input from the numeric fields of the data', async () => {
    expect(item('wideFields')?.editor).toBe(editor('multi-select'));
    await expect(numericFieldOptions({ data })).resolves.toEqual([{ value: 'value', label: 'value' }]);
    await expect(item('wideFields')?.settings?.getOptions({ data })).resolves.toEqual([
      { value: 'value', label: 'value' },
    ]);
  });

  it('shows the long fields unless the input is wide, the wide fields unless it is long', () => {
    for (const path of ['stageField', 'valueField', 'previousField']) {
      expect(item(path)?.showIf?.({ ...defaultOptions, layout: 'wide' })).toBe(false);
      expect(item(path)?.showIf?.({ ...defaultOptions, layout: 'long' })).toBe(true);
    }
    expect(item('wideFields')?.showIf?.({ ...defaultOptions, layout: 'long' })).toBe(false);
    expect(item('wideFields')?.showIf?.({ ...defaultOptions, layout: 'auto' })).toBe(true);
    expect(item('segmentField')?.showIf).toBeUndefined();
  });

  it('shows orientation for bars only and the breakdown mode only when the data has a breakdown', () => {
    expect(item('orientation')?.showIf?.({ ...defaultOptions, view: 'flow' })).toBe(false);
    expect(item('orientation')?.showIf?.(defaultOptions)).toBe(true);
    const showIf = item('breakdownMode')?.showIf;
    expect(showIf?.(defaultOptions, data)).toBe(false);
    expect(showIf?.({ ...defaultOptions, segmentField: 'channel' }, data)).toBe(true);
    const kpiFrame = toDataFrame({ meta: { custom: { breakdown: 'region' } }, fields: [] });
    expect(showIf?.(defaultOptions, [kpiFrame])).toBe(true);
  });
});
