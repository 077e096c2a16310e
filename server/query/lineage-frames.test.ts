/** @jest-environment jsdom */
import '../test-support/jsdom-node-globals';
import {
  dataFrameFromJSON,
  type DataFrame,
  type DataFrameJSON,
  FieldType,
  NodeGraphDataFrameFieldNames,
} from '@grafana/data';
import { approver, editor, expressionKpi, kpi, scorecard, TestClock } from '../registry/contract/fixtures';
import { createRegistry } from '../registry';
import { type Registry } from '../registry/types';
import { openStore } from '../store/open-store';
import { type Store } from '../store/store';
import { runQueries, type QueryDeps } from './run-queries';

const READ_BY_NODE_GRAPH = Object.values(NodeGraphDataFrameFieldNames).map((n) => n.toLowerCase());
const PREFIXES = [NodeGraphDataFrameFieldNames.arc, NodeGraphDataFrameFieldNames.detail];
const range = { from: Date.UTC(2026, 1, 1), to: Date.UTC(2026, 2, 1) };

const conversion = kpi('conversion', {
  calculation: {
    measure: {
      source: 'interactions',
      aggregate: 'ratio',
      filter: { region: 'eu' },
      numerator: { event: 'order' },
      denominator: { event: 'visit' },
    },
  },
});

let store: Store;
let registry: Registry;
let deps: QueryDeps;

/** visits v1, then v2 (new owner) from February; conversion v1 approved, v2 proposed; index only proposed; old retired; alone linked to nothing. */
beforeAll(async () => {
  store = await openStore(':memory:');
  await store.migrate();
  const clock = new TestClock('2026-01-01T00:00:00Z');
  registry = await createRegistry(store, { now: clock.now });
  const approved = async (doc: Parameters<Registry['put']>[0]) => {
    const { version } = await registry.put(doc, editor);
    await registry.approve(doc.kind, doc.metadata.id, version.version, approver);
  };
  await approved(kpi('visits'));
  await approved(conversion);
  await approved(kpi('old'));
  await approved(kpi('alone', { calculation: { manual: {} } }));
  await registry.put(expressionKpi('index', { a: 'visits', b: 'conversion' }), editor);
  await approved(scorecard('sc', ['index', 'ghost', 'old']));
  clock.set('2026-02-01T00:00:00Z');
  await approved(kpi('visits', { owner: 'head-of-growth' }));
  await registry.put({ ...conversion, spec: { ...conversion.spec, target: 50 } }, editor);
  await registry.retire('KPI', 'old', approver);
  const engine = { computeKpi: async () => [] };
  deps = { registry, engine, checkIns: { add: async () => 0, list: async () => [] }, sql: store.sql };
});
afterAll(() => store.close());

async function lineage(
  query: Record<string, unknown> = {},
  over = range
): Promise<{ nodes: DataFrame; edges: DataFrame }> {
  const { results } = await runQueries(deps, over, [{ refId: 'L', queryType: 'lineage', ...query }]);
  const [nodes, edges, ...rest] = ((results.L?.frames ?? []) as DataFrameJSON[]).map((f) => dataFrameFromJSON(f));
  if (nodes === undefined || edges === undefined || rest.length > 0) {
    throw new Error(`expected nodes and edges frames, got ${JSON.stringify(results.L)}`);
  }
  return { nodes, edges };
}

const rows = (frame: DataFrame) =>
  Array.from({ length: frame.length }, (_, i) => Object.fromEntries(frame.fields.map((f) => [f.name, f.values[i]])));
const column = (frame: DataFrame, name: string) => frame.fields.find((f) => f.name === name)?.values ?? [];

describe('lineage query', () => {
  it('names every field as the Node Graph reads it, and keeps the frames’ names and visualisation', async () => {
    const { nodes, edges } = await lineage();
    for (const field of [...nodes.fields, ...edges.fields]) {
      const name = field.name.toLowerCase();
      expect(READ_BY_NODE_GRAPH.includes(name) || PREFIXES.some((p) => name.startsWith(p))).toBe(true);
    }
    expect([nodes.name, edges.name]).toEqual(['nodes', 'edges']);
    expect([nodes.meta?.preferredVisualisationType, edges.meta?.preferredVisualisationType]).toEqual([
      'nodeGraph',
      'nodeGraph',
    ]);
    expect(nodes.fields.find((f) => f.name === 'detail__version')?.type).toBe(FieldType.number);
    expect(nodes.fields.find((f) => f.name === 'detail__owner')?.config.displayName).toBe('Owner');
  });

  it('tells each KPI’s version in force and its state, and which KPIs the registry lacks', async () => {
    const { nodes } = await lineage();
    const kpiNode = (id: string, title: string, version: number, state: string, owner = 'head-of-cs') => ({
      id: `kpi:${id}`,
      title,
      subtitle: 'KPI',
      mainstat: `v${version}`,
      secondarystat: state,
      color: '#5794F2',
      detail__kind: 'kpi',
      detail__id: id,
      detail__version: version,
      detail__state: state,
      detail__owner: owner,
      detail__perspective: 'customer',
    });
    const none = { detail__version: null, detail__state: null, detail__owner: null, detail__perspective: null };
    const other = (id: string, title: string, subtitle: string, mainstat: string | null, color: string) => ({
      id,
      title,
      subtitle,
      mainstat,
      secondarystat: null,
      color,
      detail__kind: id.slice(0, id.indexOf(':')),
      detail__id: id.slice(id.indexOf(':') + 1),
      ...none,
    });
    expect(rows(nodes)).toEqual([
      kpiNode('alone', 'KPI alone', 1, 'approved'),
      kpiNode('conversion', 'KPI conversion', 1, 'approved'),
      other('kpi:ghost', 'ghost', 'KPI (not in registry)', null, '#F2495C'),
      kpiNode('index', 'KPI index', 1, 'proposed'),
      { ...kpiNode('old', 'old', 1, 'retired'), subtitle: 'KPI (retired)', color: '#8E8E8E' },
      kpiNode('visits', 'KPI visits', 2, 'approved', 'head-of-growth'),
      other('objective:sc/delight', 'Delight', 'objective', '3 KPIs', '#73BF69'),
      other('scorecard:sc', 'Scorecard sc', 'scorecard', '1 objective', '#FF9830'),
      other('source-column:interactions.event', 'interactions.event', 'source column', 'read by 2 KPIs', '#B877D9'),
      other('source-column:interactions.region', 'interactions.region', 'source column', 'read by 1 KPI', '#B877D9'),
      other('source-column:interactions.value', 'interactions.value', 'source column', 'read by 1 KPI', '#B877D9'),
    ]);
  });

  it('points each edge from an input to what is built from it, and says the relation in words', async () => {
    const { nodes, edges } = await lineage();
    expect(rows(edges).map((e) => [e.id, e.source, e.target, e.mainstat, e.detail__relation])).toEqual([
      ['kpi:conversion->kpi:index', 'kpi:conversion', 'kpi:index', 'input of', 'input'],
      ['kpi:ghost->objective:sc/delight', 'kpi:ghost', 'objective:sc/delight', 'part of', 'part-of'],
      ['kpi:index->objective:sc/delight', 'kpi:index', 'objective:sc/delight', 'part of', 'part-of'],
      ['kpi:old->objective:sc/delight', 'kpi:old', 'objective:sc/delight', 'part of', 'part-of'],
      ['kpi:visits->kpi:index', 'kpi:visits', 'kpi:index', 'input of', 'input'],
      ['objective:sc/delight->scorecard:sc', 'objective:sc/delight', 'scorecard:sc', 'part of', 'part-of'],
      [
        'source-column:interactions.event->kpi:conversion',
        'source-column:interactions.event',
        'kpi:conversion',
        'measured by',
        'measured-by',
      ],
      [
        'source-column:interactions.event->kpi:visits',
        'source-column:interactions.event',
        'kpi:visits',
        'measured by',
        'measured-by',
      ],
      [
        'source-column:interactions.region->kpi:conversion',
        'source-column:interactions.region',
        'kpi:conversion',
        'measured by',
        'measured-by',
      ],
      [
        'source-column:interactions.value->kpi:visits',
        'source-column:interactions.value',
        'kpi:visits',
        'measured by',
        'measured-by',
      ],
    ]);
    const ids = new Set(column(nodes, 'id'));
    expect([...column(edges, 'source'), ...column(edges, 'target')].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('reads source → relation → target as a sentence, the way the Node Graph draws the arrow', async () => {
    const { nodes, edges } = await lineage({ kpi: 'visits' });
    const title = new Map(rows(nodes).map((n) => [n.id, n.title]));
    expect(rows(edges).map((e) => `${title.get(e.source)} → ${e.mainstat} → ${title.get(e.target)}`)).toEqual([
      'KPI index → part of → Delight',
      'KPI visits → input of → KPI index',
      'Delight → part of → Scorecard sc',
      'interactions.event → measured by → KPI visits',
      'interactions.value → measured by → KPI visits',
    ]);
  });

  it('reads the registry once per query: one list, then the version in force of each KPI it has', async () => {
    const list = jest.spyOn(registry, 'list');
    const get = jest.spyOn(registry, 'get');
    try {
      await lineage();
      expect(list).toHaveBeenCalledTimes(1);
      // five KPIs in the registry, and index, never approved, falls back to its latest version
      expect(get).toHaveBeenCalledTimes(6);
    } finally {
      list.mockRestore();
      get.mockRestore();
    }
  });

  it('shows the version in force at the end of the range', async () => {
    const { nodes } = await lineage(
      { kpi: 'visits' },
      { from: range.from - 31 * 86_400_000, to: Date.UTC(2026, 0, 15) }
    );
    const visits = rows(nodes).find((n) => n.id === 'kpi:visits');
    expect(visits).toMatchObject({ mainstat: 'v1', detail__version: 1, detail__owner: 'head-of-cs' });
  });

  it("cuts out one KPI's lineage (what it reads, what uses it), and answers 404 for a KPI the registry lacks", async () => {
    const { nodes, edges } = await lineage({ kpi: 'conversion' });
    expect(column(nodes, 'id')).toEqual([
      'kpi:conversion',
      'kpi:index',
      'objective:sc/delight',
      'scorecard:sc',
      'source-column:interactions.event',
      'source-column:interactions.region',
    ]);
    expect(edges.length).toBe(5);
    // what a node links to is counted in the whole registry: the objective holds index, ghost and old
    expect(rows(nodes).find((n) => n.id === 'objective:sc/delight')?.mainstat).toBe('3 KPIs');
    const alone = await lineage({ kpi: 'alone' });
    expect([column(alone.nodes, 'id'), alone.edges.length]).toEqual([['kpi:alone'], 0]);
    const { results } = await runQueries(deps, range, [{ refId: 'L', queryType: 'lineage', kpi: 'nope' }]);
    expect(results.L).toEqual({ frames: [], status: 404, error: 'KPI nope is not in the registry' });
  });
});
