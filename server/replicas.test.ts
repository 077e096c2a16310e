import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type KpiDocument } from '../core/schema';
import { buildServerBundle, runCli, type CliProcess } from './test-support/cli-process';
import { kpiDoc } from './test-support/documents';
import { postgresPlace } from './test-support/places';

const TOKEN = 'replicas-admin-token-0123456789';
const D1 = '2026-05-04';
const D2 = '2026-05-05';
const DAY = 86_400_000;
const from = Date.parse(`${D1}T00:00:00Z`);

// no connection: the server's own store, whatever its engine
const source = { apiVersion: 'scorecard/v1', kind: 'Source', metadata: { id: 'own' }, spec: { engine: 'duckdb' } };
const countKpi = (events: string[], effectiveFrom: string): KpiDocument => {
  const doc = kpiDoc('r.count', {
    unit: 'none',
    calculation: { measure: { source: 'own', aggregate: 'count', filter: { event: events } } },
  });
  return { ...doc, metadata: { ...doc.metadata, effectiveFrom } };
};

async function send(url: string, path: string, body: string, contentType = 'application/json'): Promise<unknown> {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': contentType },
    body,
  });
  const answer: unknown = await res.json();
  if (res.status !== 200) {
    throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(answer)}`);
  }
  return answer;
}

const apply = (url: string, documents: unknown[]) =>
  send(url, '/api/v1/apply', JSON.stringify({ documents, approve: true }));

const ingest = (url: string, events: Array<[string, string]>) =>
  send(
    url,
    '/api/v1/events',
    events.map(([time, event]) => JSON.stringify({ time, event })).join('\n'),
    'application/x-ndjson'
  );

/** The daily values of r.count on D1 and D2. */
async function counts(url: string): Promise<unknown> {
  const body = {
    from,
    to: from + 2 * DAY,
    queries: [{ refId: 'A', queryType: 'kpi', kpi: 'r.count', interval: '1d' }],
  };
  const answer = (await send(url, '/api/v1/query', JSON.stringify(body))) as {
    results: {
      A: {
        error?: string;
        frames: Array<{ schema: { fields: Array<{ name: string }> }; data: { values: unknown[][] } }>;
      };
    };
  };
  const [frame] = answer.results.A.frames;
  const column = frame?.schema.fields.findIndex((field) => field.name === 'r.count') ?? -1;
  return answer.results.A.error ?? frame?.data.values[column];
}

beforeAll(() => buildServerBundle());

describe('two servers on one PostgreSQL schema', () => {
  it("answer each other's writes on the next query", async () => {
    const place = await postgresPlace();
    const dir = await mkdtemp(join(tmpdir(), 'scorecard-replicas-'));
    const servers: CliProcess[] = [];
    const serve = async () => {
      const server = runCli(['serve', '--port', '0', '--store', place.spec], {
        cwd: dir,
        env: { SCORECARD_TOKENS: `admin=${TOKEN}`, SCORECARD_LOG_LEVEL: 'warn' },
      });
      servers.push(server);
      const [, url = ''] = await server.waitForStdout(/listening on (http:\/\/\S+) /);
      return url;
    };
    try {
      const a = await serve();
      const b = await serve();
      await apply(a, [source, countKpi(['signup'], '2026-01-01T00:00:00Z')]);
      await ingest(a, [
        [`${D1}T09:00:00Z`, 'signup'],
        [`${D1}T10:00:00Z`, 'signup'],
        [`${D2}T09:00:00Z`, 'trial'],
      ]);
      expect(await counts(b)).toEqual([2, null]);

      await ingest(a, [
        [`${D1}T11:00:00Z`, 'signup'],
        [`${D2}T10:00:00Z`, 'signup'],
        [`${D2}T11:00:00Z`, 'signup'],
      ]);
      expect(await counts(b)).toEqual([3, 2]);

      // v2 counts trials too, in force from D1
      await apply(a, [countKpi(['signup', 'trial'], `${D1}T00:00:00Z`)]);
      expect(await counts(b)).toEqual([3, 3]);

      // and the other way round: B's write reaches A, which has cached [3, 3] too
      expect(await counts(a)).toEqual([3, 3]);
      await ingest(b, [[`${D1}T12:00:00Z`, 'trial']]);
      expect(await counts(a)).toEqual([4, 3]);
    } finally {
      for (const server of servers) {
        server.child.kill('SIGTERM');
        await server.exitCode;
      }
      await rm(dir, { recursive: true, force: true });
      await place.dispose();
    }
  });
});
