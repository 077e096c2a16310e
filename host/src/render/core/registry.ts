// The Grafana core panel types the host can stand in for.
import { nodeGraphStandIn } from './nodeGraph';
import type { StandIn } from './standIn';
import { statStandIn } from './stat';
import { tableStandIn } from './table';
import { textStandIn } from './text';
import { timeSeriesStandIn } from './timeSeries';

const standIns: StandIn[] = [timeSeriesStandIn, tableStandIn, statStandIn, textStandIn, nodeGraphStandIn];

export const standInFor = (type: string): StandIn | undefined => standIns.find((s) => s.id === type);
