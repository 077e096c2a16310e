import { createHmac } from 'node:crypto';
import { canonicalJson } from '../../core/canonical';
import { noticeOf, T0 } from './delivery.fixtures';
import { startLocalReceiver, type LocalReceiver } from './local-receiver';

const notification = (key = 'esc-7:level-1:opened') => ({
  version: 'scorecard-escalation/v1',
  ...noticeOf('esc-7', key),
});
const ALERT = { labels: { alertname: 'ScorecardEscalation', kpi: 'customer.nps' }, startsAt: '2026-12-01T09:00:00Z' };

describe('startLocalReceiver', () => {
  const open: LocalReceiver[] = [];
  const start = async (options: Parameters<typeof startLocalReceiver>[0] = {}) => {
    const receiver = await startLocalReceiver({ now: () => T0, ...options });
    open.push(receiver);
    return receiver;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((r) => r.close()));
  });

  const post = (url: string, body: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } });
  const postNotice = (url: string, key = 'esc-7:level-1:opened', headers: Record<string, string> = {}) =>
    post(url, canonicalJson(notification(key)), { 'Idempotency-Key': key, ...headers });

  it('listens on 127.0.0.1 on a free port by default', async () => {
    const receiver = await start();
    expect(receiver.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('records webhooks and marks a repeated idempotency key as a duplicate', async () => {
    const receiver = await start();
    expect((await postNotice(receiver.url)).status).toBe(200);
    expect((await postNotice(receiver.url, 'esc-7:level-2:escalated')).status).toBe(200);
    expect((await postNotice(receiver.url)).status).toBe(200);
    expect(receiver.received.map((r) => [r.kind, r.at, r.idempotencyKey, r.duplicate, r.signatureVerified])).toEqual([
      ['webhook', T0, 'esc-7:level-1:opened', false, false],
      ['webhook', T0, 'esc-7:level-2:escalated', false, false],
      ['webhook', T0, 'esc-7:level-1:opened', true, false],
    ]);
    expect(receiver.received[0]?.body).toEqual(notification());
  });

  describe('with a secret', () => {
    const body = canonicalJson(notification());
    // the signed text is `<timestamp>.<body>`; T0 is 1796220000 s
    const signature = (secret: string) =>
      `sha256=${createHmac('sha256', secret).update(`1796220000.${body}`).digest('hex')}`;
    const headers = (secret: string) => ({
      'Idempotency-Key': 'esc-7:level-1:opened',
      'X-Scorecard-Timestamp': '1796220000',
      'X-Scorecard-Signature': signature(secret),
    });

    it('accepts a matching signature', async () => {
      const receiver = await start({ secret: 'whsec_local' });
      expect((await post(receiver.url, body, headers('whsec_local'))).status).toBe(200);
      expect(receiver.received.map((r) => r.signatureVerified)).toEqual([true]);
    });

    it.each([
      ['another secret', headers('whsec_other'), 'signature mismatch'],
      ['no signature', { 'Idempotency-Key': 'esc-7:level-1:opened' }, 'signature missing'],
    ])('answers 401 and records nothing for %s', async (_case, given, error) => {
      const receiver = await start({ secret: 'whsec_local' });
      const response = await post(receiver.url, body, given);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error });
      expect(receiver.received).toEqual([]);
    });
  });

  it('accepts Alertmanager alerts at /api/v2/alerts', async () => {
    const receiver = await start();
    const response = await post(`${receiver.url}/api/v2/alerts`, JSON.stringify([ALERT]), { 'Idempotency-Key': 'k-1' });
    expect(response.status).toBe(200);
    expect(receiver.received.map((r) => [r.kind, r.idempotencyKey, r.duplicate, r.body])).toEqual([
      ['alertmanager', 'k-1', false, [ALERT]],
    ]);
  });

  it('treats the same alerts without a key as a duplicate', async () => {
    const receiver = await start();
    await post(`${receiver.url}/api/v2/alerts`, JSON.stringify([ALERT]));
    await post(`${receiver.url}/api/v2/alerts`, JSON.stringify([ALERT]));
    expect(receiver.received.map((r) => r.duplicate)).toEqual([false, true]);
  });

  it.each([
    ['an object', { labels: {} }, 'not a list of alerts: (body): '],
    ['an alert without startsAt', [{ labels: { a: 'b' } }], 'not a list of alerts: 0.startsAt: '],
    ['an alert without labels', [{ startsAt: '2026-12-01T09:00:00Z' }], 'not a list of alerts: 0.labels: '],
  ])('answers 400 to %s at /api/v2/alerts', async (_case, body, error) => {
    const receiver = await start();
    const response = await post(`${receiver.url}/api/v2/alerts`, JSON.stringify(body));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error.startsWith(error)).toBe(true);
    expect(receiver.received).toEqual([]);
  });

  it('answers 400 to a webhook body that is not JSON or not a notification', async () => {
    const receiver = await start();
    expect((await post(receiver.url, '{oops')).status).toBe(400);
    const response = await post(receiver.url, JSON.stringify({ hello: 'world' }), { 'Idempotency-Key': 'x' });
    expect(response.status).toBe(400);
    expect(receiver.received).toEqual([]);
  });

  it('answers 503 to the first failFirst requests, then accepts', async () => {
    const receiver = await start({ failFirst: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await postNotice(receiver.url)).status);
    }
    expect(statuses).toEqual([503, 503, 200]);
    expect(receiver.received.map((r) => r.duplicate)).toEqual([false]);
  });

  it('lists what arrived at GET /received and, newest first, on the page at GET /', async () => {
    const receiver = await start();
    await postNotice(receiver.url);
    await post(`${receiver.url}/api/v2/alerts`, JSON.stringify([ALERT]), { 'Idempotency-Key': 'k-<1>' });
    const list = (await (await fetch(`${receiver.url}/received`)).json()) as Array<{ idempotencyKey: string }>;
    expect(list.map((r) => r.idempotencyKey)).toEqual(['esc-7:level-1:opened', 'k-<1>']);

    const page = await fetch(`${receiver.url}/`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('<h1>Escalation notices received: 2</h1>');
    expect(html).toContain(
      '<tr><td>2026-12-02T14:00:00.000Z</td><td>webhook</td><td>opened</td><td>Net Promoter Score</td><td>1</td>' +
        '<td>esc-7:level-1:opened</td><td>not checked</td></tr>'
    );
    expect(html.indexOf('k-&lt;1&gt;')).toBeGreaterThan(-1);
    expect(html.indexOf('k-&lt;1&gt;')).toBeLessThan(html.indexOf('esc-7:level-1:opened'));
  });

  it('answers 404 elsewhere and 405 to a GET of a POST endpoint', async () => {
    const receiver = await start();
    expect((await fetch(`${receiver.url}/nope`)).status).toBe(404);
    expect((await fetch(`${receiver.url}/api/v2/alerts`)).status).toBe(405);
  });
});
