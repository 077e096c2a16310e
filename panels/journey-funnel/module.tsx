import { PanelPlugin } from '@grafana/data';
import { JourneyFunnelPanel } from './components/JourneyFunnelPanel';
import { addInputOptions, type Options } from './options';

export const plugin = new PanelPlugin<Options>(JourneyFunnelPanel).useFieldConfig().setPanelOptions(addInputOptions);
