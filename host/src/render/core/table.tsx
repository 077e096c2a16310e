// Stand-in for Grafana's Table panel: @grafana/ui's TableNG (as Grafana 12's table) on the first frame; no frame picker.
import { TableNG } from '@grafana/ui/unstable';
import { noDataView } from './NoData';
import { type StandIn, standInPlugin } from './standIn';

export const tableStandIn: StandIn = {
  id: 'table',
  name: 'Table',
  plugin: standInPlugin('table', 'Table'),
  view: ({ frames, timeRange, fieldConfig }) => {
    const frame = frames[0];
    if (!frame) {
      return noDataView('No data');
    }
    return function TableStandInView(width, height) {
      return <TableNG data={frame} width={width} height={height} timeRange={timeRange} fieldConfig={fieldConfig} />;
    };
  },
};
