import { PanelOptionsEditorBuilder } from '@grafana/data';
import { addInputOptions, defaultOptions, type Options } from './options';

describe('journey funnel options', () => {
  const builder = new PanelOptionsEditorBuilder<Options>();
  addInputOptions(builder);
  const items = builder.getItems();
  const byPath = (path: string) => items.find((i) => i.path === path);

  it('has the input layout and long-format field names with their defaults', () => {
    expect(items.map((i) => i.path)).toEqual(['layout', 'stageField', 'valueField', 'segmentField', 'previousField']);
    expect(byPath('layout')?.defaultValue).toBe('auto');
    expect(byPath('stageField')?.defaultValue).toBe('stage');
    expect(byPath('previousField')?.defaultValue).toBe('previous');
  });

  it('hides the long-format field names for wide input', () => {
    const stage = byPath('stageField');
    expect(stage?.showIf?.({ ...defaultOptions, layout: 'wide' }, [])).toBe(false);
    expect(stage?.showIf?.({ ...defaultOptions, layout: 'long' }, [])).toBe(true);
    expect(stage?.showIf?.(defaultOptions, [])).toBe(true);
  });
});
