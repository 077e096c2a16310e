import { buildApp } from '../../app';
import { ApiClient } from '../../client/api-client';
import { createRegistry } from '../../registry';
import { openStore } from '../../store/open-store';
import { type Store } from '../../store/store';
import { EDITOR_TOKEN, testTokens } from '../../test-support/fixtures';
import { toNdjsonLine } from '../ndjson';
import { countEvents } from '../stats';
import { sampleRows } from '../test-rows';
import { RETRY_DELAYS_MS, sendBatch } from './send-batch';

type Fault = 'lose-answer' | 'busy' | 'refuse' | null;

describe('sendBatch', () => {
  let store: Store;
  let url: string;
  let close: () => Promise<void>;
  const faults: Fault[] = [];
  const losing = new WeakSet<object>();
  const waits: number[] = [];
  const wait = async (ms: number) => void waits.push(ms);
  const body = `${sampleRows(30).map(toNdjsonLine).join('\n')}\n`;

  beforeAll(async () => {
    store = await openStore(':memory:');
    await store.migrate();
    const app = buildApp({ store, tokens: testTokens(), logger: false, registry: await createRegistry(store) });
    // each POST takes the next fault: a 503 before storing, or a dropped connection after storing
    app.addHook('onRequest', async (req, reply) => {
      const fault = req.method === 'POST' ? faults.shift() : null;
      if (fault === 'busy' || fault === 'refuse') {
        const status = fault === 'busy' ? 503 : 400;
        await reply
          .code(status)
          .header('retry-after', '3')
          .send({ error: { code: 'x', message: fault } });
      }
      if (fault === 'lose-answer') {
        losing.add(req.raw);
      }
    });
    app.addHook('onSend', async (req, _reply, payload) => {
      if (losing.has(req.raw)) {
        req.raw.socket.destroy();
      }
      return payload;
    });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
    close = () => app.close();
  });
  afterAll(async () => {
    await close();
    await store.close();
  });
  beforeEach(() => {
    waits.length = 0;
  });

  it('retries a batch whose answer was lost, and it is stored once', async () => {
    faults.push('lose-answer');
    expect(await sendBatch(new ApiClient(url, EDITOR_TOKEN), 'b-lost', body, wait)).toBe(30);
    expect(waits).toEqual([RETRY_DELAYS_MS[0]]);
    expect(await countEvents(store.sql)).toBe(30);
  });

  it('waits as Retry-After says on 503, gives up after the last delay, and never retries a 400', async () => {
    faults.push('busy');
    expect(await sendBatch(new ApiClient(url, EDITOR_TOKEN), 'b-busy', body, wait)).toBe(30);
    expect(waits).toEqual([3_000]);
    faults.push('busy', 'busy', 'busy', 'busy');
    await expect(sendBatch(new ApiClient(url, EDITOR_TOKEN), 'b-down', body, wait)).rejects.toThrow('503 x: busy');
    expect(waits).toEqual([3_000, 3_000, 3_000, 3_000]);
    faults.push('refuse');
    await expect(sendBatch(new ApiClient(url, EDITOR_TOKEN), 'b-bad', body, wait)).rejects.toThrow('400 x: refuse');
    expect(waits).toHaveLength(4);
    expect(await countEvents(store.sql)).toBe(60);
  });
});
