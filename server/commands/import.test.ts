import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../app';
import { countEvents } from '../events/stats';
import { createRegistry } from '../registry';
import { openStore } from '../store/open-store';
import { buildServerBundle, runCli } from '../test-support/cli-process';
import { kpiDoc } from '../test-support/documents';
import { EDITOR_TOKEN, testTokens } from '../test-support/fixtures';
import { postgresPlace } from '../test-support/places';

async function cli(args: string[], cwd: string) {
  const run = runCli(args, { cwd, env: { SCORECARD_USER: 'ci-bot' } });
  const code = await run.exitCode;
  return { code, out: run.stdout(), err: run.stderr() };
}

const EVENTS = ['ts,event,account,amount', '2025-03-01T10:00:00Z,purchase,c1,5000', '1740823200000,login,c1,', ''].join(
  '\n'
);

let dir: string;
beforeAll(() => buildServerBundle());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scorecard-import-cli-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('scorecard import events', () => {
  it('maps columns, reports the result, and refuses a bad file naming the line', async () => {
    const file = join(dir, 'events.csv');
    await writeFile(file, EVENTS);
    const store = join(dir, 'kpi.duckdb');
    const map = ['--map', 'time=ts', '--map', 'customer=account,value=amount'];
    const ok = await cli(['import', 'events', file, ...map, '--store', store], dir);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^imported 2 events in [\d.]+ s\n$/);

    await writeFile(file, `${EVENTS}2025-03-02,login,c2,lots\n`);
    const bad = await cli(['import', 'events', file, ...map, '--store', store], dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(
      `scorecard: ${file}: line 4: value: must be a number or empty, got "lots"; nothing was imported`
    );
    const opened = await openStore(store);
    expect(await countEvents(opened.sql)).toBe(2);
    await opened.close();

    const unmapped = await cli(['import', 'events', file, '--store', store], dir);
    expect(unmapped.err).toContain('the file has no "time" column (it has ts, event, account, amount)');
    const badMap = await cli(['import', 'events', file, '--map', 'when=ts', '--store', store], dir);
    expect(badMap.code).toBe(2);
  });
});

describe('scorecard import events --server, killed mid-way', () => {
  it('reports the rows that landed and resumes without duplicates', async () => {
    const place = await postgresPlace();
    const store = await place.open();
    const app = buildApp({ store, tokens: testTokens(), logger: false, registry: await createRegistry(store) });
    // a slow server, so that the import is still running when it is killed
    app.addHook('preHandler', async (req) => {
      if (req.method === 'POST' && req.url.startsWith('/api/v1/events')) {
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    });
    try {
      const url = await app.listen({ port: 0, host: '127.0.0.1' });
      const file = join(dir, 'many.csv');
      const lines = Array.from({ length: 60_000 }, (_, i) => `${1740823200000 + i * 1000},login,c${i % 97},${i}`);
      await writeFile(file, `time,event,customer,value\n${lines.join('\n')}\n`);
      const args = ['import', 'events', file, '--server', url, '--token', EDITOR_TOKEN];
      const run = runCli(args, { cwd: dir });
      const deadline = Date.now() + 40_000;
      while ((await countEvents(store.sql)) < 10_000) {
        expect(run.child.exitCode === null && Date.now() < deadline ? '' : run.stderr()).toBe('');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      run.child.kill('SIGTERM');
      expect(await run.exitCode).toBe(143);
      // a request the kill cut off is still served (300 ms delay): let it finish before counting
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const landed = await countEvents(store.sql);
      expect(landed).toBeLessThan(60_000);
      const said = new RegExp(
        `interrupted by SIGTERM: at least ([\\d,]+) of 60,000 rows \\(a batch in flight may land too\\) are in ${url}; ` +
          'rerun with --resume to import the rest'
      ).exec(run.stderr());
      const reported = Number((said?.[1] ?? 'NaN').replace(/,/g, ''));
      // the batch whose answer the kill cut off may have landed too
      expect([landed - 10_000, landed]).toContain(reported);
      const again = await cli(args, dir);
      expect(again.code).toBe(1);
      expect(again.err).toContain('this file was imported before');
      expect(await countEvents(store.sql)).toBe(landed);
      const resumed = await cli([...args, '--resume'], dir);
      expect(resumed.code).toBe(0);
      const imported = (60_000 - landed).toLocaleString('en-US');
      expect(resumed.out).toMatch(
        new RegExp(`^imported ${imported} events in [\\d.]+ s \\([\\d,]+ were already there\\)`)
      );
      expect(await countEvents(store.sql)).toBe(60_000);
    } finally {
      await app.close();
      await store.close();
      await place.dispose();
    }
  }, 90_000);
});

describe('scorecard import values', () => {
  it('checks in manual KPI values locally and on a running server, all or nothing', async () => {
    const place = await postgresPlace();
    const store = await place.open();
    const registry = await createRegistry(store);
    await registry.apply([kpiDoc('l.training')], { name: 'ann', role: 'admin' }, { approve: true });
    const app = buildApp({ store, tokens: testTokens(), logger: false, registry });
    try {
      const file = join(dir, 'values.csv');
      await writeFile(file, 'kpi,time,value,note\nl.training,2025-01-31,36.5,January\nl.training,,40,\n');
      const local = await cli(['import', 'values', file, '--store', place.spec], dir);
      expect({ code: local.code, err: local.err }).toEqual({ code: 0, err: '' });
      expect(local.out).toMatch(/^imported 2 check-ins of 1 KPI in [\d.]+ s\n$/);

      const url = await app.listen({ port: 0, host: '127.0.0.1' });
      const remote = await cli(['import', 'values', file, '--server', url, '--token', EDITOR_TOKEN], dir);
      expect(remote.code).toBe(0);

      await writeFile(file, 'kpi,time,value,note\nl.training,2025-01-31,36.5,\nl.training,2025-02-28,n/a,\n');
      const bad = await cli(['import', 'values', file, '--server', url, '--token', EDITOR_TOKEN], dir);
      expect(bad.code).toBe(1);
      expect(bad.err).toContain('line 3: value: must be a number, got "n/a"; nothing was imported');
      const [row] = await store.sql.query(`SELECT count(*) AS n FROM kpi_values`);
      expect(Number(row?.n)).toBe(4);
    } finally {
      await app.close();
      await store.close();
      await place.dispose();
    }
  });
});
