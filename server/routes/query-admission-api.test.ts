import { Admission } from '../query/admission';
import { createRegistry } from '../registry';
import { openStore } from '../store/open-store';
import { type Store } from '../store/store';
import { apiOn } from '../test-support/api';
import { kpiDoc } from '../test-support/documents';
import { type Values } from '../values/create-values';
import { type ValueEngine } from '../values/engine';

describe('POST /api/v1/query under overload', () => {
  let store: Store;
  let release: () => void = () => undefined;
  let api: Awaited<ReturnType<typeof apiOn>>;
  const admission = new Admission({ active: 1, queued: 1, maxWaitMs: 60_000 });

  beforeAll(async () => {
    store = await openStore(':memory:');
    const registry = await createRegistry(store);
    const held = new Promise<void>((resolve) => (release = resolve));
    // an engine whose every computation waits until the test lets it go
    const engine: ValueEngine = {
      computeKpi: async (kpiId) => {
        await held;
        return [{ kpiId, version: 1, definitionHash: 'h', versions: [], points: [] }];
      },
      invalidateKpi: () => undefined,
      invalidateEvents: () => undefined,
      invalidateAll: () => undefined,
    };
    const values: Values = {
      engine,
      checkIns: { add: async () => 0, list: async () => [] },
      timeZone: 'UTC',
      warm: async () => 0,
      warmFunnels: async () => false,
      close: async () => undefined,
    };
    api = await apiOn(store, { registry, values, queryAdmission: admission });
    await api.call('POST', '/api/v1/apply', { body: { documents: [kpiDoc('q.k')], approve: true } });
  });
  afterAll(async () => {
    await api.app.close();
    await store.close();
  });

  it('runs one, queues one and refuses the third at once with 503 and Retry-After', async () => {
    // three ranges: an identical query would share the first one's computation instead of waiting
    const body = (refId: string) => ({
      from: 0,
      to: 86_400_000 * (1 + 'ABC'.indexOf(refId)),
      queries: [{ refId, queryType: 'kpi', kpi: 'q.k' }],
    });
    const first = api.call('POST', '/api/v1/query', { as: 'viewer', body: body('A') });
    const second = api.call('POST', '/api/v1/query', { as: 'viewer', body: body('B') });
    // the third arrives once the first runs and the second waits
    while (admission.load().waiting < 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const third = await api.call('POST', '/api/v1/query', { as: 'viewer', body: body('C') });
    expect(third.statusCode).toBe(503);
    expect(third.headers['retry-after']).toBe('1');
    expect(third.json()).toEqual({
      error: { code: 'busy', message: 'the server is busy with other queries: retry in 1 s' },
    });
    release();
    expect([(await first).statusCode, (await second).statusCode]).toEqual([200, 200]);
  });

  it('answers a query kept in the cache while every slot is taken', async () => {
    const body = (refId: string, to: number) => ({ from: 0, to, queries: [{ refId, queryType: 'kpi', kpi: 'q.k' }] });
    let go: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (go = resolve));
    const busy = admission.run(() => gate);
    const waiting = admission.run(() => gate);
    while (admission.load().waiting < 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // the first day was answered by the test before: kept, so it needs no slot; a new range does
    const kept = await api.call('POST', '/api/v1/query', { as: 'viewer', body: body('Z', 86_400_000) });
    const fresh = await api.call('POST', '/api/v1/query', { as: 'viewer', body: body('Y', 9 * 86_400_000) });
    expect([kept.statusCode, fresh.statusCode]).toEqual([200, 503]);
    expect(Object.keys((kept.json() as { results: object }).results)).toEqual(['Z']);
    go();
    await Promise.all([busy, waiting]);
  });
});
