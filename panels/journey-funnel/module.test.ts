import { FieldColorModeId, FieldConfigProperty, PanelOptionsEditorBuilder } from '@grafana/data';
import { migrationHandler, panelChangeHandler } from './migrations';
import { plugin } from './module';
import { defaultOptions, type Options } from './options';

describe('journey funnel plugin', () => {
  it('builds its options through the plugin’s own supplier', () => {
    const builder = new PanelOptionsEditorBuilder<Options>();
    plugin.getPanelOptionsSupplier()(builder, { data: [] });
    const paths = builder.getItems().map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(Object.keys(defaultOptions)));
    expect(paths).toHaveLength(Object.keys(defaultOptions).length);
  });

  it('keeps the standard field options a funnel uses, one blue hue by default', () => {
    const ids = plugin.fieldConfigRegistry.list().map((i) => i.id);
    for (const id of [
      FieldConfigProperty.Unit,
      FieldConfigProperty.Decimals,
      FieldConfigProperty.Color,
      FieldConfigProperty.Thresholds,
      FieldConfigProperty.Mappings,
      FieldConfigProperty.Links,
      FieldConfigProperty.Min,
      FieldConfigProperty.Max,
      FieldConfigProperty.DisplayName,
      FieldConfigProperty.NoValue,
    ]) {
      expect(ids).toContain(id);
    }
    expect(ids).not.toContain(FieldConfigProperty.Filterable);
    expect(plugin.fieldConfigDefaults.defaults.color).toEqual({ mode: FieldColorModeId.Fixed, fixedColor: 'blue' });
    expect(plugin.fieldConfigRegistry.get(FieldConfigProperty.Color).settings).toMatchObject({
      byValueSupport: true,
      bySeriesSupport: true,
    });
  });

  it('migrates saved options and options of a panel switched from mckn-funnel-panel', () => {
    expect(plugin.onPanelMigration).toBe(migrationHandler);
    expect(plugin.onPanelTypeChanged).toBe(panelChangeHandler);
  });
});
