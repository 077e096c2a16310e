import { PanelPlugin } from '@grafana/data';
import { BalancedScorecardPanel } from './components/BalancedScorecardPanel';
import { type Options } from './options';
import { addDisplayOptions, addFieldNameOptions, addScoringOptions, addViewOptions } from './optionsBuilder';

export const plugin = new PanelPlugin<Options>(BalancedScorecardPanel).useFieldConfig().setPanelOptions((builder) => {
  addViewOptions(builder);
  addScoringOptions(builder);
  addDisplayOptions(builder);
  addFieldNameOptions(builder);
});
