import { type PanelModel } from '@grafana/data';
import { migrateOptions, migrationHandler, panelChangeHandler } from './migrations';
import { defaultOptions } from './options';

const panel = (options: unknown): PanelModel<unknown> => ({
  id: 1,
  type: 'scorecard-funnel-panel',
  options,
  fieldConfig: { defaults: {}, overrides: [] },
  pluginVersion: '0.1.0',
});

describe('migrateOptions', () => {
  it('keeps the field names the first version saved as text and fills in the rest', () => {
    const saved = {
      layout: 'long',
      stageField: 'step',
      valueField: 'users',
      segmentField: 'channel',
      previousField: '',
    };
    expect(migrateOptions(saved)).toEqual({
      ...defaultOptions,
      layout: 'long',
      stageField: 'step',
      valueField: 'users',
      segmentField: 'channel',
      previousField: '',
    });
  });

  it('drops options it does not know and values it cannot read', () => {
    const migrated = migrateOptions({
      layout: 'pivot',
      view: 'pie',
      stageField: 3,
      wideFields: ['a', 1, 'b'],
      legacy: true,
    });
    expect(migrated).toEqual({ ...defaultOptions, wideFields: ['a', 'b'] });
    expect(migrated).not.toHaveProperty('legacy');
    expect(migrateOptions(undefined)).toEqual(defaultOptions);
    expect(migrateOptions(['x'])).toEqual(defaultOptions);
  });

  it('leaves current options as they are', () => {
    const current = {
      ...defaultOptions,
      layout: 'wide' as const,
      wideFields: ['Visit', 'Buy'],
      view: 'flow' as const,
      orientation: 'vertical' as const,
      breakdownMode: 'multiples' as const,
      showPrevious: false,
      showStageKpis: false,
      percentOf: 'previous' as const,
    };
    expect(migrateOptions(current)).toEqual(current);
  });

  it('reads mckn-funnel-panel options as their nearest equivalent and never its sorting', () => {
    expect(migrateOptions({ layout: 'flow', orientation: 'vertical', sorting: 'descending' })).toEqual({
      ...defaultOptions,
      view: 'flow',
      orientation: 'horizontal',
    });
    expect(migrateOptions({ layout: 'classic', showRemainedPercentage: true, showPercentage: true })).toEqual({
      ...defaultOptions,
      view: 'bars',
      showDropOff: false,
      percentOf: 'previous',
    });
    expect(migrateOptions({ layout: 'flow', orientation: 'horizontal' }).orientation).toBe('vertical');
  });

  it('is what the plugin runs for another plugin version, and for a switch from mckn-funnel-panel', () => {
    expect(migrationHandler(panel({ stageField: 'step' }))).toEqual({ ...defaultOptions, stageField: 'step' });
    expect(panelChangeHandler(panel({}), 'mckn-funnel-panel', { layout: 'flow' })).toEqual({
      ...defaultOptions,
      view: 'flow',
    });
    expect(panelChangeHandler(panel({}), 'barchart', { orientation: 'auto' })).toEqual({});
  });
});
