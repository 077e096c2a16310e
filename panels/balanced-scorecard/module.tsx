import { PanelPlugin } from '@grafana/data';
import { BalancedScorecardPanel } from './components/BalancedScorecardPanel';
import { migrationHandler } from './migrations';
import { type Options } from './options';
import {
  addDisplayOptions,
  addFieldNameOptions,
  addPerspectiveOptions,
  addScoringOptions,
  addViewOptions,
} from './optionsBuilder';

export const plugin = new PanelPlugin<Options>(BalancedScorecardPanel)
  .useFieldConfig()
  .setMigrationHandler(migrationHandler)
  .setPanelOptions((builder) => {
    addViewOptions(builder);
    addPerspectiveOptions(builder);
    addScoringOptions(builder);
    addDisplayOptions(builder);
    addFieldNameOptions(builder);
  });
