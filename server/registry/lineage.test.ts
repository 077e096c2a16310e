import { type JourneyDocument } from '../../core/schema';
import { expressionKpi, kpi, scorecard } from './contract/fixtures';
import { buildLineage, lineageOf } from './lineage';

const journey: JourneyDocument = {
  apiVersion: 'scorecard/v1',
  kind: 'Journey',
  metadata: { id: 'buy' },
  spec: {
    name: 'Buy',
    source: 'events',
    conversionWindow: '30d',
    order: 'strict',
    stages: [
      { id: 'visit', name: 'Visit', match: { event: 'visit' }, kpis: ['visits'] },
      { id: 'order', name: 'Order', match: { event: 'order' }, kpis: [] },
    ],
  },
};

const ratio = kpi('conversion', {
  calculation: {
    measure: {
      source: 'events',
      aggregate: 'ratio',
      filter: { region: 'eu' },
      numerator: { event: 'order' },
      denominator: { event: 'visit' },
    },
  },
});

describe('buildLineage', () => {
  const graph = buildLineage([
    journey,
    expressionKpi('index', { a: 'visits', b: 'conversion' }),
    ratio,
    kpi('visits'),
    scorecard('sc', ['index']),
  ]);

  it('names KPIs by their documents, even when referenced first', () => {
    expect(graph.nodes.find((n) => n.id === 'kpi:visits')).toEqual({
      id: 'kpi:visits',
      kind: 'kpi',
      title: 'KPI visits',
    });
    expect(graph.nodes.find((n) => n.id === 'journey-stage:buy/visit')?.title).toBe('Buy: Visit');
  });

  it('links measures to every column they read: field, filter, numerator, denominator', () => {
    const columns = graph.edges
      .filter((e) => e.source === 'kpi:conversion' && e.kind === 'measures')
      .map((e) => e.target);
    expect(columns).toEqual(['source-column:events.event', 'source-column:events.region']);
  });

  it('links scorecards, objectives, journey stages and expression inputs', () => {
    expect(graph.edges.map((e) => [e.source, e.target, e.kind])).toEqual(
      expect.arrayContaining([
        ['scorecard:sc', 'objective:sc/delight', 'contains'],
        ['objective:sc/delight', 'kpi:index', 'contains'],
        ['journey-stage:buy/visit', 'kpi:visits', 'contains'],
        ['kpi:index', 'kpi:conversion', 'input'],
      ])
    );
  });

  it("gives a KPI's lineage: what it is built from and what is built on it, not its siblings", () => {
    const part = lineageOf(graph, 'kpi:conversion');
    expect(part?.nodes.map((n) => n.id)).toEqual([
      'kpi:conversion',
      'kpi:index',
      'objective:sc/delight',
      'scorecard:sc',
      'source-column:events.event',
      'source-column:events.region',
    ]);
    // visits is another input of index and the journey's stage uses visits: neither is conversion's lineage
    expect(part?.edges.map((e) => e.id)).toEqual([
      'kpi:conversion->source-column:events.event',
      'kpi:conversion->source-column:events.region',
      'kpi:index->kpi:conversion',
      'objective:sc/delight->kpi:index',
      'scorecard:sc->objective:sc/delight',
    ]);
    expect(lineageOf(graph, 'kpi:missing')).toBeNull();
  });

  it('gives a KPI nothing uses and that reads nothing alone', () => {
    const alone = lineageOf(buildLineage([kpi('alone', { calculation: { manual: {} } }), ratio]), 'kpi:alone');
    expect(alone).toEqual({ nodes: [{ id: 'kpi:alone', kind: 'kpi', title: 'KPI alone' }], edges: [] });
  });
});
