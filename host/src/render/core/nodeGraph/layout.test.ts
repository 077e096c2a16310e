import { depths, placeNodes } from './layout';
import type { Graph } from './graph';

const node = (id: string, incoming = 0) => ({ id, title: id, subTitle: '', mainStat: '', secondaryStat: '', incoming });

describe('node graph layout', () => {
  test('columns by depth from the roots, rows in order within a column', () => {
    const graph: Graph = {
      nodes: [node('root'), node('a', 1), node('b', 1), node('leaf', 2)],
      edges: [
        { id: '1', source: 'root', target: 'a', mainStat: '' },
        { id: '2', source: 'root', target: 'b', mainStat: '' },
        { id: '3', source: 'a', target: 'leaf', mainStat: '' },
        { id: '4', source: 'b', target: 'leaf', mainStat: '' },
      ],
    };
    expect(placeNodes(graph).map((n) => [n.id, n.column, n.row])).toEqual([
      ['root', 0, 0],
      ['a', 1, 0],
      ['b', 1, 1],
      ['leaf', 2, 0],
    ]);
  });

  test('a cycle without roots still gets every node a column', () => {
    const graph: Graph = {
      nodes: [node('x', 1), node('y', 1)],
      edges: [
        { id: '1', source: 'x', target: 'y', mainStat: '' },
        { id: '2', source: 'y', target: 'x', mainStat: '' },
      ],
    };
    expect([...depths(graph).entries()]).toEqual([
      ['x', 0],
      ['y', 1],
    ]);
  });
});
