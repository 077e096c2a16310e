import { defaultOptions } from './options';
import { migrateOptions, migrationHandler } from './migrations';

describe('migrateOptions', () => {
  it('moves the 0.1.0 top-level roll-up under scoring and keeps the field names', () => {
    const saved = { rollupMode: 'worst', fields: { value: 'actual', kpi: 'KPI' } };
    const migrated = migrateOptions(saved);
    expect(migrated.scoring).toEqual({ ...defaultOptions.scoring, rollupMode: 'worst' });
    expect(migrated).not.toHaveProperty('rollupMode');
    expect(migrated.fields).toEqual({ ...defaultOptions.fields, value: 'actual', kpi: 'KPI' });
    expect(migrated.view).toBe('grid');
  });

  it('leaves current options as they are', () => {
    const current = {
      ...defaultOptions,
      view: 'map' as const,
      perspectives: [{ id: 'customer', name: 'Clients', weight: 2 }],
      scoring: { rollupMode: 'count' as const, direction: 'lower-is-better' as const, redFlagGap: 10 },
    };
    expect(migrateOptions(current)).toEqual(current);
  });

  it('falls back to defaults for what it cannot read, without dropping the rest', () => {
    const migrated = migrateOptions({
      view: 'pie',
      rollupMode: 'median',
      perspectives: [{ id: 1 }, { id: 'x', name: 'X' }],
      custom: 1,
    });
    expect(migrated).toMatchObject({ view: 'grid', custom: 1, perspectives: [{ id: 'x', name: 'X' }] });
    expect(migrated.scoring.rollupMode).toBe('weighted');
    expect(migrateOptions(undefined)).toEqual(defaultOptions);
  });

  it('is what the plugin runs when a dashboard has another plugin version', () => {
    const panel = {
      id: 1,
      type: 'scorecard-balanced-panel',
      options: { rollupMode: 'count' },
      fieldConfig: { defaults: {}, overrides: [] },
      pluginVersion: '0.1.0',
    };
    expect(migrationHandler(panel)).toMatchObject({ scoring: { rollupMode: 'count' } });
  });
});
