/** @jest-environment jsdom */
import '../test-support/jsdom-node-globals';
import { dataFrameFromJSON, type DataFrameJSON, FieldType } from '@grafana/data';
import { createRegistry } from '../registry';
import { type Actor, type Registry } from '../registry/types';
import { openStore } from '../store/open-store';
import { type Store } from '../store/store';
import { kpiDoc, scorecardDoc } from '../test-support/documents';
import { type CheckInStore } from '../values/types';
import { runQueries, type QueryDeps } from './run-queries';
import { type ComputeOptions, type KpiComputer, type KpiResult } from './types';

const DAY = 86_400_000;
const range = { from: Date.UTC(2026, 5, 1), to: Date.UTC(2026, 5, 8) };
const admin: Actor = { name: 'root', role: 'admin' };

// Values by KPI in the reported period (the last bucket); each bucket before it is 10 less.
const VALUES: Record<string, number | null> = { 'f.nps': 32.5, 'f.csat': 95, 'f.none': null };

class FakeEngine implements KpiComputer {
  calls: Array<{ kpiId: string; opts: ComputeOptions }> = [];
  async computeKpi(kpiId: string, opts: ComputeOptions): Promise<KpiResult[]> {
    this.calls.push({ kpiId, opts });
    const base = VALUES[kpiId] ?? null;
    const starts = opts.grid?.starts ?? [];
    const times = opts.grid ? starts : Array.from({ length: 7 }, (_, i) => opts.range.from + i * opts.intervalMs);
    const points = times.map((time, i) => ({
      time,
      value: base === null ? null : base - 10 * (times.length - 1 - i),
      sample: 120,
    }));
    return [{ kpiId, version: 1, definitionHash: `hash-${kpiId}`, versions: [], points }];
  }
}

const noCheckIns: CheckInStore = { add: async () => 0, list: async () => [] };
let store: Store;
let registry: Registry;
let deps: QueryDeps;
let engine: FakeEngine;

beforeAll(async () => {
  store = await openStore(':memory:');
  await store.migrate();
  registry = await createRegistry(store);
  const nps = kpiDoc('f.nps', { unit: 'score', target: 45, thresholds: { redFlag: 20, goal: 45 } });
  const docs = [nps, kpiDoc('f.csat'), kpiDoc('f.none'), scorecardDoc('f.card', ['f.nps', 'f.csat', 'f.none'])];
  await registry.apply(docs, admin, { approve: true });
  engine = new FakeEngine();
  deps = { registry, engine, checkIns: noCheckIns, sql: store.sql, now: () => Date.UTC(2026, 5, 10) };
});
afterAll(() => store.close());

const frames = (json: unknown) => (json as DataFrameJSON[]).map((f) => dataFrameFromJSON(f));

describe('runQueries', () => {
  it('answers a kpi query with a time series frame named after the KPI, carrying unit, thresholds and meta', async () => {
    const { results } = await runQueries(deps, range, [{ refId: 'A', queryType: 'kpi', kpi: 'f.nps', interval: '1d' }]);
    const [frame] = frames(results.A?.frames);
    expect(frame?.fields.map((f) => f.name)).toEqual(['time', 'f.nps', 'sample', 'moe', 'flags']);
    expect(frame?.fields[0]?.type).toBe(FieldType.time);
    expect(frame?.fields[0]?.values).toEqual(Array.from({ length: 7 }, (_, i) => range.from + i * DAY));
    expect(frame?.fields[1]?.config).toMatchObject({
      unit: 'score',
      displayNameFromDS: 'KPI f.nps',
      thresholds: {
        steps: [
          { value: null, color: 'red' },
          { value: 20, color: 'orange' },
          { value: 45, color: 'green' },
        ],
      },
    });
    expect(frame?.meta?.custom).toMatchObject({ kpiId: 'f.nps', version: 1, definitionHash: 'hash-f.nps' });
  });

  it('scores the scorecard frame with scoreKpi and rolls up with weights, ignoring KPIs without data', async () => {
    const { results } = await runQueries(deps, range, [{ refId: 'S', queryType: 'scorecard', scorecard: 'f.card' }]);
    const [table, ...trends] = frames(results.S?.frames);
    const col = (name: string) => table?.fields.find((f) => f.name === name)?.values;
    expect(col('kpiId')).toEqual(['f.nps', 'f.csat', 'f.none']);
    expect(col('value')).toEqual([32.5, 95, null]);
    expect(col('previous')).toEqual([22.5, 85, null]);
    // NPS 32.5 sits halfway between red flag 20 and goal 45: 10/3 + 0.5·10/3 = 5; CSAT 95 ≥ goal 90 → 20/3 + 5/20·10/3.
    const scores = col('score') as Array<number | null>;
    expect(scores[0]).toBeCloseTo(5, 10);
    expect(scores[1]).toBeCloseTo(20 / 3 + (5 / 20) * (10 / 3), 10);
    expect(scores[2]).toBeNull();
    expect(col('status')).toEqual(['warning', 'ok', 'no-data']);
    const objectiveScore = (col('objectiveScore') as number[])[0];
    expect(objectiveScore).toBeCloseTo(((scores[0] ?? 0) + (scores[1] ?? 0)) / 2, 10);
    expect(table?.meta?.custom).toMatchObject({ scorecardId: 'f.card', version: 1, coverage: 2 / 3 });
    expect(trends.map((t) => t.name)).toEqual(['f.nps', 'f.csat', 'f.none']);
    // a range ending 8 June reports May (monthly KPIs), the trend twelve months up to it
    expect(col('periodLabel')).toEqual(['May 2026', 'May 2026', 'May 2026']);
    expect(col('periodStart')).toEqual(Array(3).fill(Date.UTC(2026, 4, 1)));
    expect(col('periodEnd')).toEqual(Array(3).fill(Date.UTC(2026, 5, 1)));
    expect(table?.meta?.custom).toMatchObject({ periodLabel: 'May 2026', timeZone: 'UTC', period: 'complete' });
    const call = engine.calls.find((c) => c.kpiId === 'f.nps' && c.opts.grid !== undefined);
    expect(call?.opts.grid?.starts).toHaveLength(12);
    expect(call?.opts.grid?.starts[0]).toBe(Date.UTC(2025, 5, 1));
    expect(call?.opts.range).toEqual({ from: Date.UTC(2025, 5, 1), to: Date.UTC(2026, 5, 1) });
    expect(trends[0]?.fields[0]?.values).toHaveLength(12);
  });

  it('answers catalog, versions, lineage and variables', async () => {
    const { results } = await runQueries(deps, range, [
      { refId: 'C', queryType: 'catalog' },
      { refId: 'V', queryType: 'versions', kpi: 'f.nps' },
      { refId: 'L', queryType: 'lineage', kpi: 'f.nps' },
      { refId: 'K', queryType: 'variables', variable: 'kpis' },
    ]);
    const [catalog] = frames(results.C?.frames);
    expect(catalog?.fields.find((f) => f.name === 'id')?.values).toEqual(['f.csat', 'f.none', 'f.nps']);
    expect(catalog?.fields.find((f) => f.name === 'state')?.values).toEqual(['approved', 'approved', 'approved']);
    const [versions] = frames(results.V?.frames);
    expect(versions?.fields.find((f) => f.name === 'version')?.values).toEqual([1]);
    const [nodes, edges] = frames(results.L?.frames);
    expect(nodes?.meta?.preferredVisualisationType).toBe('nodeGraph');
    expect(nodes?.fields.map((f) => f.name)).toEqual([
      'id',
      'title',
      'subtitle',
      'mainstat',
      'secondarystat',
      'color',
      'detail__kind',
      'detail__id',
      'detail__version',
      'detail__state',
      'detail__owner',
      'detail__perspective',
    ]);
    // f.nps, the objective holding it (with all three of its KPIs counted) and the scorecard
    expect(nodes?.fields.find((f) => f.name === 'mainstat')?.values).toEqual(['v1', '3 KPIs', '1 objective']);
    expect(edges?.fields.map((f) => f.name)).toEqual(['id', 'source', 'target', 'mainstat', 'detail__relation']);
    const [vars] = frames(results.K?.frames);
    expect(vars?.fields.find((f) => f.name === 'value')?.values).toEqual(['f.csat', 'f.none', 'f.nps']);
  });

  it('reports bad and unknown queries beside their refId while the others answer', async () => {
    const { results } = await runQueries(deps, range, [
      { refId: 'A', queryType: 'kpi', kpi: 'nope.none' },
      { refId: 'B', queryType: 'kpi' },
      { refId: 'C', queryType: 'catalog' },
      { refId: 'D', queryType: 'kpi', kpi: 'f.nps', interval: 'fortnightly' },
    ]);
    expect(results.A).toMatchObject({ frames: [], status: 404 });
    expect(results.B?.error).toMatch(/invalid query: kpi/);
    expect(results.C?.frames).toHaveLength(1);
    expect(results.D).toMatchObject({ frames: [], status: 400 });
  });
});
