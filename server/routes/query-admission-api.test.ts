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
    const body = (refId: string) => ({ from: 0, to: 86_400_000, queries: [{ refId, queryType: 'kpi', kpi: 'q.k' }] });
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
});
