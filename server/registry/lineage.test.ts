import path from 'node:path';
import { type JourneyDocument } from '../../core/schema';
import { loadBundle } from '../yaml/load';
import { expressionKpi, kpi, scorecard } from './contract/fixtures';
import { buildLineage, lineageOf } from './lineage';
import { type LineageGraph } from './types';

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

const ids = (graph: LineageGraph | null) => ({
  nodes: graph?.nodes.map((n) => n.id),
  edges: graph?.edges.map((e) => e.id),
});

describe('buildLineage', () => {
  // columns → visits, conversion → index → top; index → objective delight → scorecard sc; visits → journey stage
  const graph = buildLineage([
    journey,
    expressionKpi('top', { x: 'index' }),
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

  it('points from every column a measure reads (field, filter, numerator, denominator) to the KPI', () => {
    const columns = graph.edges
      .filter((e) => e.target === 'kpi:conversion' && e.kind === 'measured-by')
      .map((e) => e.source);
    expect(columns).toEqual(['source-column:events.event', 'source-column:events.region']);
  });

  it('points the way data flows: input → expression, KPI → objective → scorecard, KPI → journey stage', () => {
    expect(graph.edges.map((e) => [e.source, e.target, e.kind])).toEqual([
      ['kpi:conversion', 'kpi:index', 'input'],
      ['kpi:index', 'kpi:top', 'input'],
      ['kpi:index', 'objective:sc/delight', 'part-of'],
      ['kpi:visits', 'journey-stage:buy/visit', 'part-of'],
      ['kpi:visits', 'kpi:index', 'input'],
      ['objective:sc/delight', 'scorecard:sc', 'part-of'],
      ['source-column:events.event', 'kpi:conversion', 'measured-by'],
      ['source-column:events.region', 'kpi:conversion', 'measured-by'],
      ['source-column:interactions.event', 'kpi:visits', 'measured-by'],
      ['source-column:interactions.value', 'kpi:visits', 'measured-by'],
    ]);
  });

  it("gives a KPI's lineage: what it is built from and what is built on it, transitively, not its siblings", () => {
    // conversion reads two columns; index uses it, top uses index, the objective holds index, the scorecard the objective
    expect(ids(lineageOf(graph, 'kpi:conversion'))).toEqual({
      nodes: [
        'kpi:conversion',
        'kpi:index',
        'kpi:top',
        'objective:sc/delight',
        'scorecard:sc',
        'source-column:events.event',
        'source-column:events.region',
      ],
      // visits is index's other input and the journey stage is built on visits: neither is conversion's lineage
      edges: [
        'kpi:conversion->kpi:index',
        'kpi:index->kpi:top',
        'kpi:index->objective:sc/delight',
        'objective:sc/delight->scorecard:sc',
        'source-column:events.event->kpi:conversion',
        'source-column:events.region->kpi:conversion',
      ],
    });
    expect(lineageOf(graph, 'kpi:missing')).toBeNull();
  });

  it('follows inputs upstream through several steps and stops at what only shares an input', () => {
    // top ← index ← visits, conversion ← their columns; the journey stage uses visits, not top
    expect(ids(lineageOf(graph, 'kpi:top'))).toEqual({
      nodes: [
        'kpi:conversion',
        'kpi:index',
        'kpi:top',
        'kpi:visits',
        'source-column:events.event',
        'source-column:events.region',
        'source-column:interactions.event',
        'source-column:interactions.value',
      ],
      edges: [
        'kpi:conversion->kpi:index',
        'kpi:index->kpi:top',
        'kpi:visits->kpi:index',
        'source-column:events.event->kpi:conversion',
        'source-column:events.region->kpi:conversion',
        'source-column:interactions.event->kpi:visits',
        'source-column:interactions.value->kpi:visits',
      ],
    });
  });

  it('gives a KPI nothing uses and that reads nothing alone', () => {
    const alone = lineageOf(buildLineage([kpi('alone', { calculation: { manual: {} } }), ratio]), 'kpi:alone');
    expect(alone).toEqual({ nodes: [{ id: 'kpi:alone', kind: 'kpi', title: 'KPI alone' }], edges: [] });
  });
});

describe('lineage of the example organisation', () => {
  it('reads "New customers won → input of → Customer acquisition cost"', async () => {
    const { documents } = await loadBundle([path.resolve(__dirname, '../../provisioning/scorecards')]);
    const graph = buildLineage(documents.map((d) => d.doc));
    const title = new Map(graph.nodes.map((n) => [n.id, n.title]));
    const cac = graph.edges.filter((e) => e.target === 'kpi:financial.cac');
    expect(cac.map((e) => [title.get(e.source), e.kind, title.get(e.target)])).toEqual([
      ['New customers won', 'input', 'Customer acquisition cost'],
      ['Sales and marketing spend', 'input', 'Customer acquisition cost'],
    ]);
  });
});
