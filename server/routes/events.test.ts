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

  it.each([
    [{ value: '0x10' }, 'line 2: value: must be a number or empty, got "0x10"'],
    [{ value: 'Infinity' }, 'line 2: value: must be a number or empty, got "Infinity"'],
    [{ time: '0000-01-01' }, 'line 2: time: must be from 1971-01-01 up to (not including) 2100-01-01 UTC'],
    [{ time: 0 }, 'line 2: time: must be from 1971-01-01 up to (not including) 2100-01-01 UTC'],
    [{ segment: 's\u200bmb' }, 'line 2: segment: must not contain invisible or bidi-control characters, got U+200B'],
    [{ region: 'emea\u202e' }, 'line 2: region: must not contain invisible or bidi-control characters, got U+202E'],
  ])('refuses %j naming the line and column', async (fields, message) => {
    const before = await countEvents(env.store.sql);
    const record = { time: '2025-06-01', event: 'login', segment: 'smb', ...fields };
    const res = await post(`${ndjson(1)}${line(record)}\n`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain(message);
    expect(res.json().error.path).toBe('line 2');
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

  it('stores a batch with an Idempotency-Key once, lists landed batches, and forgets them with the events', async () => {
    const send = (key: string, payload: string) =>
      env.api.app.inject({
        method: 'POST',
        url: '/api/v1/events',
        payload,
        headers: {
          'content-type': 'application/x-ndjson',
          'idempotency-key': key,
          authorization: `Bearer ${TOKENS.editor}`,
        },
      });
    const first = await send('f-abc-0', ndjson(25));
    expect(first.json()).toEqual({ inserted: 25, batch: { id: 'f-abc-0', rows: 25, duplicate: false } });
    // a retry after a lost answer, spaced differently, stores nothing
    const retry = await send('f-abc-0', ndjson(25).replace(/,"/g, ', "'));
    expect(retry.json()).toEqual({ inserted: 0, batch: { id: 'f-abc-0', rows: 25, duplicate: true } });
    expect(await countEvents(env.store.sql)).toBe(25);
    const other = await send('f-abc-0', ndjson(24));
    expect(other.statusCode).toBe(409);
    expect(other.json().error).toEqual({
      code: 'conflict',
      message: 'batch f-abc-0 already landed with 25 other rows: a retried batch must send the same rows',
      path: 'headers.idempotency-key',
    });
    const bad = await send('../etc', ndjson(1));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.path).toBe('headers.idempotency-key');
    expect((await send('f-abc-25', ndjson(3))).json().inserted).toBe(3);
    expect((await send('g-1', ndjson(2))).json().inserted).toBe(2);
    const list = await env.api.call('GET', '/api/v1/events/batches?prefix=f-abc-', { as: 'editor' });
    expect(list.json()).toEqual({
      batches: [
        { id: 'f-abc-0', rows: 25 },
        { id: 'f-abc-25', rows: 3 },
      ],
    });
    expect((await env.api.call('GET', '/api/v1/events/batches?prefix=f', { as: 'viewer' })).statusCode).toBe(403);
    expect(await countEvents(env.store.sql)).toBe(30);
    const del = await env.api.app.inject({
      method: 'DELETE',
      url: '/api/v1/events?all=true',
      headers: { authorization: `Bearer ${TOKENS.admin}` },
    });
    expect(del.json()).toEqual({ deleted: 30 });
    expect((await send('f-abc-0', ndjson(25))).json().batch.duplicate).toBe(false);
  });

  it('lets one of three concurrent requests with the same key store the batch', async () => {
    const send = () =>
      env.api.app.inject({
        method: 'POST',
        url: '/api/v1/events',
        payload: ndjson(500),
        headers: {
          'content-type': 'application/x-ndjson',
          'idempotency-key': 'race-1',
          authorization: `Bearer ${TOKENS.editor}`,
        },
      });
    const before = await countEvents(env.store.sql);
    const answers = await Promise.all([send(), send(), send()]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200]);
    expect(answers.map((a) => a.json().inserted).sort()).toEqual([0, 0, 500]);
    expect(await countEvents(env.store.sql)).toBe(before + 500);
  });
});
