import { FieldColorModeId, FieldConfigProperty, PanelPlugin } from '@grafana/data';
import { JourneyFunnelPanel } from './components/JourneyFunnelPanel';
import { migrationHandler, panelChangeHandler } from './migrations';
import { addOptions, type Options } from './options';

export const plugin = new PanelPlugin<Options>(JourneyFunnelPanel)
  .useFieldConfig({
    // A funnel's stages share one hue by default; thresholds, schemes and per-stage overrides stay one click away.
    standardOptions: {
      [FieldConfigProperty.Color]: {
        settings: { byValueSupport: true, bySeriesSupport: true, preferThresholdsMode: false },
        defaultValue: { mode: FieldColorModeId.Fixed, fixedColor: 'blue' },
      },
    },
    disableStandardOptions: [FieldConfigProperty.Filterable, FieldConfigProperty.FieldMinMax],
  })
  .setPanelOptions(addOptions)
  .setMigrationHandler(migrationHandler)
  .setPanelChangeHandler(panelChangeHandler);
