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
