import { buildApp } from '../app';
import { countEvents, eventStats } from '../events/stats';
import { createRegistry } from '../registry';
import { useApiOn, TOKENS, type TestRole } from '../test-support/api';
import { testTokens } from '../test-support/fixtures';
import { STORE_PLACES } from '../test-support/places';

const line = (o: Record<string, unknown>) => JSON.stringify(o);

function ndjson(n: number, bad?: { at: number; record: Record<string, unknown> }): string {
  const lines = Array.from({ length: n }, (_, i) =>
    line({ time: Date.UTC(2025, 5, 1) + i * 1000, customer: `c${i}`, event: 'login', stage: 'retention', value: i })
  );
  if (bad) {
    lines[bad.at - 1] = line(bad.record);
  }
  return `${lines.join('\n')}\n`;
}

describe.each(STORE_PLACES)('events API on %s', (_kind, newPlace) => {
  const env = useApiOn(newPlace);

  const post = (payload: string, as: TestRole | 'none' = 'editor', type = 'application/x-ndjson') =>
    env.api.app.inject({
      method: 'POST',
      url: '/api/v1/events',
      payload,
      headers: { 'content-type': type, ...(as === 'none' ? {} : { authorization: `Bearer ${TOKENS[as]}` }) },
    });

  it('inserts NDJSON lines with ISO or epoch-ms times in one go', async () => {
    const body = `${ndjson(40)}${line({ time: '2025-06-02T10:00:00+02:00', event: 'purchase', value: '1200.5' })}\n`;
    const res = await post(body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ inserted: 41 });
    const stats = await eventStats(env.store.sql);
    expect(stats.byEvent).toEqual({ login: 40, purchase: 1 });
    expect(stats.to).toBe('2025-06-02T08:00:00.000Z');
  });

  it('refuses the whole body at the first bad line, naming it, and inserts nothing', async () => {
    const before = await countEvents(env.store.sql);
    const res = await post(ndjson(30, { at: 17, record: { time: 'yesterday', event: 'login' } }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: {
        code: 'invalid',
        message: 'line 17: time: expected ISO-8601 or epoch milliseconds, got "yesterday"; nothing was inserted',
        path: 'line 17',
      },
    });
    const noEvent = await post(ndjson(5, { at: 3, record: { time: 1748736000000, value: 2 } }));
    expect(noEvent.json().error.message).toBe('line 3: event: is required and must not be empty; nothing was inserted');
    expect(await countEvents(env.store.sql)).toBe(before);
  });

  it('needs an editor token and the NDJSON content type', async () => {
    expect((await post(ndjson(1), 'none')).statusCode).toBe(401);
    expect((await post(ndjson(1), 'viewer')).statusCode).toBe(403);
    const json = await post(ndjson(1), 'editor', 'application/json');
    expect(json.statusCode).toBe(415);
    expect(json.json().error.message).toBe('send events as application/x-ndjson: one JSON object per line');
    expect((await post('', 'editor')).json()).toEqual({ inserted: 0 });
    expect((await post(ndjson(1), 'editor', 'text/csv')).statusCode).toBe(415);
    const apply = await env.api.app.inject({
      method: 'POST',
      url: '/api/v1/apply',
      payload: ndjson(1),
      headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${TOKENS.admin}` },
    });
    expect(apply.statusCode).toBe(415);
  });

  it('answers 413 past the body limit', async () => {
    const small = buildApp({
      store: env.store,
      tokens: testTokens(),
      logger: false,
      registry: await createRegistry(env.store),
      bodyLimit: 500,
    });
    const res = await small.inject({
      method: 'POST',
      url: '/api/v1/events',
      payload: ndjson(20),
      headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${TOKENS.editor}` },
    });
    await small.close();
    expect(res.statusCode).toBe(413);
  });

  it('serves stats to viewers and deletes everything for admins only with all=true', async () => {
    const stats = await env.api.call('GET', '/api/v1/events/stats', { as: 'viewer' });
    expect(stats.json()).toMatchObject({ events: 41, byEvent: { login: 40, purchase: 1 }, customers: 40 });
    expect(
      (
        await env.api.app.inject({
          method: 'DELETE',
          url: '/api/v1/events',
          headers: { authorization: `Bearer ${TOKENS.admin}` },
        })
      ).statusCode
    ).toBe(400);
    const asEditor = await env.api.app.inject({
      method: 'DELETE',
      url: '/api/v1/events?all=true',
      headers: { authorization: `Bearer ${TOKENS.editor}` },
    });
    expect(asEditor.statusCode).toBe(403);
    const del = await env.api.app.inject({
      method: 'DELETE',
      url: '/api/v1/events?all=true',
      headers: { authorization: `Bearer ${TOKENS.admin}` },
    });
    expect(del.json()).toEqual({ deleted: 41 });
    expect(await countEvents(env.store.sql)).toBe(0);
  });
});
