// Stand-in for Grafana's Node graph panel: reads the frames as Grafana does, draws nodes and edges in columns.
import { graphFromFrames } from './nodeGraph/graph';
import { NodeGraphView } from './nodeGraph/NodeGraphView';
import { noDataView } from './NoData';
import { type StandIn, standInPlugin } from './standIn';

export const nodeGraphStandIn: StandIn = {
  id: 'nodeGraph',
  name: 'Node graph',
  plugin: standInPlugin('nodeGraph', 'Node graph'),
  view: ({ frames }) => {
    const graph = graphFromFrames(frames);
    if (graph.nodes.length === 0) {
      return noDataView('No data');
    }
    return function NodeGraphStandInView(width, height) {
      return <NodeGraphView graph={graph} width={width} height={height} />;
    };
  },
};
