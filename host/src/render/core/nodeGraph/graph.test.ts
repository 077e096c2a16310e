import { FieldType, toDataFrame } from '@grafana/data';
import { graphFromFrames, nodeGraphFrames, processGraph, splitFrames } from './graph';

const nodes = toDataFrame({
  name: 'nodes',
  fields: [
    { name: 'ID', type: FieldType.string, values: ['kpi.a', 'kpi.b'] },
    { name: 'Title', type: FieldType.string, values: ['A', 'B'] },
    { name: 'subTitle', type: FieldType.string, values: ['v3', 'v1'] },
    { name: 'mainStat', type: FieldType.number, values: [1.234, 7], config: { unit: '%' } },
  ],
});
const edges = toDataFrame({
  name: 'edges',
  fields: [
    { name: 'id', type: FieldType.string, values: ['e1'] },
    { name: 'source', type: FieldType.string, values: ['kpi.a'] },
    { name: 'target', type: FieldType.string, values: ['kpi.b'] },
  ],
});

describe('node graph frames', () => {
  test('picks frames by preferred visualisation, name or an id field; splits edges by name or source field', () => {
    const other = toDataFrame({ name: 'series', fields: [{ name: 'v', values: [1] }] });
    const preferred = toDataFrame({
      meta: { preferredVisualisationType: 'nodeGraph' },
      fields: [{ name: 'source', values: [] }],
    });
    const picked = nodeGraphFrames([other, nodes, edges, preferred]);
    expect(picked).toEqual([nodes, edges, preferred]);
    expect(splitFrames(picked)).toEqual({ nodes: [nodes], edges: [edges, preferred] });
  });

  test('fields by lower-cased name; stats with decimals and unit; incoming counted', () => {
    const graph = graphFromFrames([nodes, edges]);
    expect(graph.nodes).toEqual([
      { id: 'kpi.a', title: 'A', subTitle: 'v3', mainStat: '1.23 %', secondaryStat: '', incoming: 0 },
      { id: 'kpi.b', title: 'B', subTitle: 'v1', mainStat: '7.00 %', secondaryStat: '', incoming: 1 },
    ]);
    expect(graph.edges).toEqual([{ id: 'e1', source: 'kpi.a', target: 'kpi.b', mainStat: '' }]);
  });

  test("Grafana's errors for a missing id field", () => {
    const noId = toDataFrame({ name: 'nodes', fields: [{ name: 'title', values: ['x'] }] });
    expect(() => processGraph(noId, undefined)).toThrow('id field is required for nodes data frame.');
    const edgesNoId = toDataFrame({ name: 'edges', fields: [{ name: 'source', values: ['a'] }] });
    expect(() => processGraph(nodes, edgesNoId)).toThrow('id field is required for edges data frame.');
  });

  test('an edge to a node that is not in the nodes frame is an error', () => {
    const dangling = toDataFrame({
      name: 'edges',
      fields: [
        { name: 'id', values: ['e9'] },
        { name: 'source', values: ['kpi.a'] },
        { name: 'target', values: ['kpi.zzz'] },
      ],
    });
    expect(() => processGraph(nodes, dangling)).toThrow(
      'edge "e9" points at node id "kpi.zzz", which is not in the nodes data frame.'
    );
  });

  test('without a nodes frame the nodes come from the edges', () => {
    expect(processGraph(undefined, edges).nodes.map((n) => [n.id, n.title, n.incoming])).toEqual([
      ['kpi.b', 'kpi.b', 1],
      ['kpi.a', 'kpi.a', 0],
    ]);
  });
});
