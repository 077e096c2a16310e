import { type EscalationReceiver } from '../../core/escalation/policy';
import { type SqlExecutor } from '../store/sql';
import { type Store } from '../store/store';
import { type StorePlace } from '../store/store-contract';
import { STORE_PLACES } from '../test-support/places';
import { DeliveryWorker, type DeliveryWorkerOptions } from './delivery-worker';
import {
  deliveryOf,
  eventually,
  noticeOf,
  startCaptureServer,
  T0,
  type Answer,
  type CaptureServer,
} from './delivery.fixtures';
import { startLocalReceiver, type LocalReceiver } from './local-receiver';
import { deliveriesOf, insertDeliveries } from './repo';

const webhook = (url: string, name = 'ops'): EscalationReceiver => ({ name, type: 'webhook', url });

describe.each(STORE_PLACES)('DeliveryWorker on %s', (_kind, newPlace) => {
  let place: StorePlace;
  let store: Store;
  let clock: number;
  const closers: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    place = await newPlace();
    store = await place.open();
    await store.migrate();
  });
  afterAll(async () => {
    await store.close();
    await place.dispose();
  });
  beforeEach(async () => {
    clock = T0;
    await store.sql.exec('DELETE FROM escalation_deliveries');
  });
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });

  const worker = (options: Partial<DeliveryWorkerOptions> = {}) =>
    new DeliveryWorker({ sql: store.sql, now: () => clock, random: () => 0.5, env: {}, ...options });
  const capture = async (answer: (n: number, path: string) => Answer): Promise<CaptureServer> => {
    const server = await startCaptureServer(answer);
    closers.push(server.close);
    return server;
  };
  const local = async (options: Parameters<typeof startLocalReceiver>[0] = {}): Promise<LocalReceiver> => {
    const receiver = await startLocalReceiver({ now: () => clock, ...options });
    closers.push(receiver.close);
    return receiver;
  };
  const enqueue = (receiver: EscalationReceiver, escalation = 'esc-7', createdAt = T0) =>
    insertDeliveries(store.sql, [deliveryOf(receiver, noticeOf(escalation), createdAt)]);
  const row = async (escalation = 'esc-7') => {
    const [d] = await deliveriesOf(store.sql, escalation);
    return (
      d && {
        status: d.status,
        attempts: d.attempts,
        nextAt: d.nextAt,
        deliveredAt: d.deliveredAt,
        lastError: d.lastError,
      }
    );
  };

  it('delivers a due notice and records it', async () => {
    const receiver = await local();
    await enqueue(webhook(receiver.url));
    expect(await worker().tick()).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(await row()).toEqual({ status: 'delivered', attempts: 1, nextAt: null, deliveredAt: T0, lastError: null });
    expect(receiver.received.map((r) => [r.idempotencyKey, r.duplicate])).toEqual([['esc-7:level-1:opened', false]]);
  });

  it('retries 503, 503 with jittered delays 500 ms then 1000 ms, and delivers on attempt 3 with the same body', async () => {
    const server = await capture((n) => ({ status: n < 2 ? 503 : 200 }));
    await enqueue(webhook(server.url));
    const w = worker();

    expect(await w.tick()).toEqual({ delivered: 0, retried: 1, failed: 0 });
    // random 0.5 × cap 1000 (baseMs)
    expect(await row()).toMatchObject({
      status: 'pending',
      attempts: 1,
      nextAt: T0 + 500,
      lastError: 'the receiver answered 503',
    });

    clock = T0 + 499;
    expect(await w.tick()).toEqual({ delivered: 0, retried: 0, failed: 0 });
    clock = T0 + 500;
    expect(await w.tick()).toEqual({ delivered: 0, retried: 1, failed: 0 });
    // random 0.5 × cap 2000 (baseMs × 2)
    expect(await row()).toMatchObject({ status: 'pending', attempts: 2, nextAt: T0 + 1500 });

    clock = T0 + 1500;
    expect(await w.tick()).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(await row()).toEqual({
      status: 'delivered',
      attempts: 3,
      nextAt: null,
      deliveredAt: T0 + 1500,
      lastError: null,
    });
    expect(server.requests.map((r) => r.headers['idempotency-key'])).toEqual(Array(3).fill('esc-7:level-1:opened'));
    expect(new Set(server.requests.map((r) => r.body)).size).toBe(1);
  });

  it('lets the local receiver fail twice (failFirst) and records one arrival', async () => {
    const receiver = await local({ failFirst: 2 });
    await enqueue(webhook(receiver.url));
    const w = worker();
    for (const at of [T0, T0 + 500, T0 + 1500]) {
      clock = at;
      await w.tick();
    }
    expect(await row()).toMatchObject({ status: 'delivered', attempts: 3 });
    expect(receiver.received.map((r) => [r.idempotencyKey, r.duplicate])).toEqual([['esc-7:level-1:opened', false]]);
  });

  it('waits as long as Retry-After asks when that is longer than the jittered delay', async () => {
    const server = await capture(() => ({ status: 503, headers: { 'Retry-After': '120' } }));
    await enqueue(webhook(server.url));
    await worker().tick();
    expect(await row()).toMatchObject({ status: 'pending', attempts: 1, nextAt: T0 + 120_000 });
  });

  it('fails at once, with the reason, when the receiver answers 400', async () => {
    const server = await capture(() => ({ status: 400 }));
    await enqueue(webhook(server.url));
    expect(await worker().tick()).toEqual({ delivered: 0, retried: 0, failed: 1 });
    expect(await row()).toEqual({
      status: 'failed',
      attempts: 1,
      nextAt: null,
      deliveredAt: null,
      lastError: 'the receiver answered 400',
    });
  });

  it('fails once the attempts are used up', async () => {
    const server = await capture(() => ({ status: 503 }));
    await enqueue(webhook(server.url));
    const w = worker({ retry: { baseMs: 1000, maxMs: 60_000, maxAttempts: 2 } });
    await w.tick();
    clock = T0 + 500;
    expect(await w.tick()).toEqual({ delivered: 0, retried: 0, failed: 1 });
    expect(await row()).toMatchObject({
      status: 'failed',
      attempts: 2,
      nextAt: null,
      lastError: 'the receiver answered 503; no attempt left after 2',
    });
    expect(server.requests).toHaveLength(2);
  });

  it('does not let a receiver that never answers hold back another in the same tick', async () => {
    const server = await capture((_n, path) => (path === '/hung' ? 'hang' : { status: 200 }));
    // the hung one is older, so it is taken first
    await enqueue(webhook(`${server.url}/hung`, 'slow'), 'esc-1', T0 - 1);
    await enqueue(webhook(`${server.url}/fast`, 'fast'), 'esc-2', T0);

    expect(await worker({ timeoutMs: 300 }).tick()).toEqual({ delivered: 1, retried: 1, failed: 0 });
    // the fast delivery arrived while the hung request was still open
    expect(server.events.slice(0, 2).sort()).toEqual(['/fast', '/hung']);
    // the server hears of the abort on its own socket, possibly after the tick returned
    await eventually(() => server.events.length === 3, 'the hung request to be aborted');
    expect(server.events.slice(2)).toEqual(['aborted /hung']);
    expect(await row('esc-1')).toMatchObject({ status: 'pending', attempts: 1, lastError: 'timed out after 0.3 s' });
    expect(await row('esc-2')).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it('retries with a clear error while the secret variable is missing', async () => {
    const receiver = await local({ secret: 'whsec_local' });
    await enqueue({ name: 'ops', type: 'webhook', url: receiver.url, secretEnv: 'OPS_SECRET' });
    expect(await worker().tick()).toEqual({ delivered: 0, retried: 1, failed: 0 });
    expect(await row()).toMatchObject({
      status: 'pending',
      attempts: 1,
      nextAt: T0 + 500,
      lastError:
        'the environment variable OPS_SECRET (secretEnv of webhook receiver ops) is not set or empty, so the notice cannot be signed',
    });
    expect(receiver.received).toHaveLength(0);

    clock = T0 + 500;
    expect(await worker({ env: { OPS_SECRET: 'whsec_local' } }).tick()).toEqual({
      delivered: 1,
      retried: 0,
      failed: 0,
    });
    expect(receiver.received.map((r) => r.signatureVerified)).toEqual([true]);
  });

  it('sends again with the same key when a send completed but was not recorded (a crash)', async () => {
    const receiver = await local();
    await enqueue(webhook(receiver.url));
    const logged: string[] = [];
    const crashing: SqlExecutor = {
      query: (sql, params) => store.sql.query(sql, params),
      exec: () => Promise.reject(new Error('the process died')),
    };
    expect(await worker({ sql: crashing, log: (msg) => logged.push(msg) }).tick()).toEqual({
      delivered: 0,
      retried: 0,
      failed: 0,
    });
    expect(logged).toEqual(['escalation delivery could not be recorded']);
    expect(await row()).toMatchObject({ status: 'pending', attempts: 0, nextAt: T0 });

    expect(await worker().tick()).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(receiver.received.map((r) => [r.idempotencyKey, r.duplicate])).toEqual([
      ['esc-7:level-1:opened', false],
      ['esc-7:level-1:opened', true],
    ]);
    expect(receiver.received[1]?.body).toEqual(receiver.received[0]?.body);
  });

  it('sends at most `concurrency` at once', async () => {
    const server = await capture(() => 'hang');
    for (const id of ['esc-1', 'esc-2', 'esc-3']) {
      await enqueue(webhook(`${server.url}/${id}`, id), id);
    }
    await worker({ concurrency: 2, timeoutMs: 200 }).tick();
    // the third is sent only after one of the first two gave up
    expect(server.events.slice(0, 2).sort()).toEqual(['/esc-1', '/esc-2']);
    expect(server.events[2]).toMatch(/^aborted \/esc-[12]$/);
    expect(server.events).toContain('/esc-3');
  });

  it('runs on a timer once started, ticks again when woken, keeps going after an error, and stops', async () => {
    const receiver = await local();
    const logged: string[] = [];
    let failNext = true;
    const flaky: SqlExecutor = {
      query: (sql, params) => {
        if (failNext) {
          failNext = false;
          return Promise.reject(new Error('database away'));
        }
        return store.sql.query(sql, params);
      },
      exec: (sql, params) => store.sql.exec(sql, params),
    };
    const w = worker({ sql: flaky, log: (msg) => logged.push(msg) });
    w.start(60_000);
    await eventually(() => logged.length === 1, 'the first tick failed');
    expect(logged).toEqual(['escalation delivery tick failed']);

    await enqueue(webhook(receiver.url));
    w.wake();
    await eventually(() => receiver.received.length === 1, 'the woken tick delivered');
    await w.stop();
    expect(await row()).toMatchObject({ status: 'delivered', attempts: 1 });

    await enqueue(webhook(receiver.url), 'esc-8');
    expect(await w.tick()).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(receiver.received).toHaveLength(2);
  });
});
