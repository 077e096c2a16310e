import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/open-store';
import { buildServerBundle, runCli, type CliProcess } from '../test-support/cli-process';
import { unresolvedEscalations } from './repo';
import { dailyHealthKpi, seedBreachingStore, webhookPolicy } from './testing';

const TOKEN = 'admin-token-for-the-restart-test-0123456789';

interface Hit {
  key: string;
  body: string;
}

/** Records every POST; leaves the first unanswered, as a receiver that is slow when the server dies. */
async function hangingFirst(): Promise<{ url: string; hits: Hit[]; server: Server }> {
  const hits: Hit[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      hits.push({ key: String(req.headers['idempotency-key']), body });
      if (hits.length > 1) {
        res.writeHead(200).end('{}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, hits, server };
}

const until = async (test: () => boolean, what: string, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) {
      throw new Error(`waited ${ms} ms for ${what}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('escalations survive kill -9 of the server (DuckDB file, real process)', () => {
  let dir: string;
  let receiver: Awaited<ReturnType<typeof hangingFirst>>;
  const running: CliProcess[] = [];

  beforeAll(async () => {
    buildServerBundle();
    dir = await mkdtemp(join(tmpdir(), 'scorecard-escalation-restart-'));
    receiver = await hangingFirst();
    const policy = webhookPolicy('restart-watch', 'Restart watch', 'r.health', receiver.url, { periods: 2, of: 2 });
    await seedBreachingStore(dir, [dailyHealthKpi('r.health'), policy], 'r.health');
  });

  afterAll(async () => {
    for (const p of running) {
      p.child.kill('SIGKILL');
    }
    await new Promise<void>((resolve) => receiver.server.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  });

  const serve = async () => {
    const p = runCli(['serve', '--store', join(dir, 's.duckdb'), '--port', '0'], {
      cwd: dir,
      env: { SCORECARD_TOKENS: `admin=${TOKEN}`, SCORECARD_ESCALATION_INTERVAL: '1s', SCORECARD_LOG_LEVEL: 'warn' },
    });
    running.push(p);
    await p.waitForStdout(/listening on (\S+)/);
    return p;
  };
  const kill = async (p: CliProcess) => {
    p.child.kill('SIGKILL');
    await p.exitCode;
  };

  it('re-sends the notice that was in flight with the same key, and opens and sends nothing more', async () => {
    const first = await serve();
    await until(() => receiver.hits.length === 1, 'the first delivery');
    await kill(first);

    const second = await serve();
    await until(() => receiver.hits.length === 2, 'the delivery again after the restart');
    // several evaluations at a 1 s interval, then a second crash and start
    await new Promise((r) => setTimeout(r, 3_000));
    await kill(second);
    const third = await serve();
    await new Promise((r) => setTimeout(r, 3_000));
    await kill(third);

    expect(receiver.hits).toHaveLength(2);
    const [sent, resent] = receiver.hits;
    expect(resent?.key).toBe(sent?.key);
    expect(resent?.body).toBe(sent?.body);
    expect(JSON.parse(sent?.body ?? '{}')).toMatchObject({ reason: 'opened', kpi: { id: 'r.health' } });

    const store = await openStore(join(dir, 's.duckdb'));
    try {
      expect((await unresolvedEscalations(store.sql)).map((e) => [e.kpi, e.level, e.notifications.length])).toEqual([
        ['r.health', 1, 1],
      ]);
    } finally {
      await store.close();
    }
  }, 150_000);
});
