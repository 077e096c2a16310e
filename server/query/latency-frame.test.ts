import { admin } from '../registry/contract/fixtures';
import { createRegistry } from '../registry';
import { type Registry } from '../registry/types';
import { openStore } from '../store/open-store';
import { type Store } from '../store/store';
import { kpiDoc } from '../test-support/documents';
import { escalationQueryDeps, fakeEscalations, JUNE } from './escalation.fixtures';
import { type FrameJson } from './frame';
import { runQueries } from './run-queries';

let store: Store;
let registry: Registry;

beforeAll(async () => {
  store = await openStore(':memory:');
  await store.migrate();
  registry = await createRegistry(store);
  const docs = [kpiDoc('e.nps', { name: 'Net Promoter Score' }), kpiDoc('e.csat', { name: 'Customer satisfaction' })];
  await registry.apply(docs, admin, { approve: true });
});
afterAll(() => store.close());

function rows(frame: FrameJson | undefined) {
  const names = frame?.schema.fields.map((f) => f.name) ?? [];
  const n = frame?.data.values[0]?.length ?? 0;
  return Array.from({ length: n }, (_, i) =>
    Object.fromEntries(names.map((name, j) => [name, frame?.data.values[j]?.[i]]))
  );
}

async function latency(query: Record<string, unknown>, escalations = fakeEscalations()) {
  const { results } = await runQueries(escalationQueryDeps(registry, store.sql, escalations.source), JUNE, [
    { refId: 'L', queryType: 'decision-latency', ...query },
  ]);
  return { result: results.L, calls: escalations.calls };
}

describe('decision-latency query', () => {
  it('is one table frame: the group, counts, then six latencies in seconds with display names', async () => {
    const { result } = await latency({});
    expect(result?.error).toBeUndefined();
    expect(result?.frames).toHaveLength(1);
    const schema = result?.frames[0]?.schema;
    expect(schema?.refId).toBe('L');
    expect(schema?.meta?.preferredVisualisationType).toBe('table');
    expect(schema?.fields.map((f) => [f.name, f.type, f.config?.unit, f.config?.displayName])).toEqual([
      ['kpi', 'string', undefined, undefined],
      ['kpiName', 'string', undefined, undefined],
      ['escalations', 'number', undefined, undefined],
      ['acknowledged', 'number', undefined, undefined],
      ['resolved', 'number', undefined, undefined],
      ['open', 'number', undefined, undefined],
      ['ackP50', 'number', 's', 'Breach → acknowledge p50'],
      ['ackP90', 'number', 's', 'Breach → acknowledge p90'],
      ['resolveP50', 'number', 's', 'Breach → resolve p50'],
      ['resolveP90', 'number', 's', 'Breach → resolve p90'],
      ['ackToResolveP50', 'number', 's', 'Acknowledge → resolve p50'],
      ['ackToResolveP90', 'number', 's', 'Acknowledge → resolve p90'],
    ]);
  });

  it('groups the escalations opened in the range by KPI, named; deselected ones have no resolve latency', async () => {
    const { result, calls } = await latency({});
    expect(calls).toEqual([{ from: JUNE.from, to: JUNE.to }]);
    expect(rows(result?.frames[0])).toEqual([
      {
        kpi: 'e.csat',
        kpiName: 'Customer satisfaction',
        escalations: 2,
        acknowledged: 1,
        resolved: 2,
        open: 0,
        ackP50: 120,
        ackP90: 120,
        resolveP50: 7200,
        resolveP90: 7200,
        ackToResolveP50: null,
        ackToResolveP90: null,
      },
      {
        kpi: 'e.nps',
        kpiName: 'Net Promoter Score',
        escalations: 2,
        acknowledged: 2,
        resolved: 1,
        open: 1,
        ackP50: 600,
        ackP90: 1800,
        resolveP50: 3600,
        resolveP90: 3600,
        ackToResolveP50: 3000,
        ackToResolveP90: 3000,
      },
    ]);
  });

  it('groups by owner as an identity, shown as first spelled, without a KPI name', async () => {
    const { result } = await latency({ groupBy: 'owner' });
    expect(result?.frames[0]?.schema.fields.slice(0, 2).map((f) => f.name)).toEqual(['owner', 'escalations']);
    expect(rows(result?.frames[0])).toEqual([
      {
        owner: 'Dana',
        escalations: 3,
        acknowledged: 3,
        resolved: 2,
        open: 1,
        ackP50: 600,
        ackP90: 1800,
        resolveP50: 3600,
        resolveP90: 3600,
        ackToResolveP50: 3000,
        ackToResolveP90: 3000,
      },
      {
        owner: 'sam',
        escalations: 1,
        acknowledged: 0,
        resolved: 1,
        open: 0,
        ackP50: null,
        ackP90: null,
        resolveP50: 7200,
        resolveP90: 7200,
        ackToResolveP50: null,
        ackToResolveP90: null,
      },
    ]);
  });

  it('passes the KPI and owner filters to the store', async () => {
    const { result, calls } = await latency({ groupBy: 'owner', kpi: 'e.nps', owner: 'DANA' });
    expect(calls).toEqual([{ from: JUNE.from, to: JUNE.to, kpi: 'e.nps', owner: 'DANA' }]);
    expect(rows(result?.frames[0]).map((r) => [r.owner, r.escalations, r.open, r.ackP90])).toEqual([
      ['Dana', 2, 1, 1800],
    ]);
  });

  it('answers an empty table when nothing was opened in the range', async () => {
    const { result } = await latency({}, fakeEscalations([]));
    expect(rows(result?.frames[0])).toEqual([]);
  });

  it('fails on its own with a clear error when the server keeps no escalations', async () => {
    const { results } = await runQueries(escalationQueryDeps(registry, store.sql), JUNE, [
      { refId: 'L', queryType: 'decision-latency' },
      { refId: 'C', queryType: 'catalog' },
    ]);
    expect(results.L).toEqual({ frames: [], error: 'escalations are not enabled on this server', status: 501 });
    expect(results.C?.error).toBeUndefined();
  });

  it('rejects a grouping it does not know, naming it', async () => {
    const { result } = await latency({ groupBy: 'policy' });
    expect(result).toEqual({
      frames: [],
      error: 'invalid query: groupBy: groupBy is "kpi" or "owner"',
      status: 400,
    });
  });
});
