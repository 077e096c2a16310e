import { PanelPlugin } from '@grafana/data';
import { BalancedScorecardPanel } from './components/BalancedScorecardPanel';
import { addFieldNameOptions, addScoringOptions, type Options } from './options';

export const plugin = new PanelPlugin<Options>(BalancedScorecardPanel).useFieldConfig().setPanelOptions((builder) => {
  addScoringOptions(builder);
  addFieldNameOptions(builder);
});
