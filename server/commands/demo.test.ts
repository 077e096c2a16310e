import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../app';
import { eventStats } from '../events/stats';
import { createRegistry } from '../registry';
import { buildServerBundle, runCli } from '../test-support/cli-process';
import { ADMIN_TOKEN, testTokens } from '../test-support/fixtures';
import { postgresPlace } from '../test-support/places';

async function cli(args: string[], cwd: string) {
  const run = runCli(args, { cwd, env: { SCORECARD_USER: 'ci-bot' } });
  const code = await run.exitCode;
  return { code, out: run.stdout(), err: run.stderr() };
}

let dir: string;
beforeAll(() => buildServerBundle());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scorecard-demo-cli-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('scorecard demo', () => {
  it('applies the example organisation, generates the events, then refuses to do it twice unless --force', async () => {
    const store = ['--store', join(dir, 'demo.duckdb')];
    const first = await cli(['demo', '--events', '20_000', ...store], dir);
    expect(first.code).toBe(0);
    expect(first.out).toContain('example organisation: 51 created and approved, 0 already there');
    expect(first.out).toMatch(/maturity assessments: 24 cycles added and released in [\d.]+ s, 0 already there/);
    expect(first.out).toMatch(/generated 20,000 events in [\d.]+ s \([\d,]+ events\/s\); written to duckdb /);
    expect(first.out).toMatch(/ {2}page_view +\d[\d,]*\n/);
    expect(first.out).toMatch(/customers: [\d,]+ paying accounts, [\d,]+ new leads, [\d,]+ anonymous visitors/);
    expect(first.out).toMatch(/time span: \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d \(\d+ days/);
    expect(first.err).toContain('demo events: 20,000/20,000 (100%)');
    // the example's measure KPIs: 5 sum, 3 ratio, 2 count, 2 nps, 1 csat, 1 ces; its 5 count_distinct read events
    expect(first.out).toMatch(/pre-aggregated 14 measure KPIs in [\d.]+ s\n/);

    const again = await cli(['demo', '--events', '20000', ...store], dir);
    expect(again.code).toBe(0);
    expect(again.out).toContain('example organisation: 0 created and approved, 51 already there');
    expect(again.out).toMatch(/maturity assessments: 0 cycles added and released in [\d.]+ s, 24 already there/);
    expect(again.out).toMatch(/already has 20,000 events from .* nothing generated \(--force deletes them/);

    const forced = await cli(['demo', '--events', '20000', '--force', ...store], dir);
    expect(forced.out).toContain('replaced 20,000 events');

    // also seeds 24 maturity cycles (a few seconds on DuckDB, more under load)
  }, 60_000);

  it('refuses a count it cannot make', async () => {
    const res = await cli(['demo', '--events', 'many', '--store', join(dir, 'x.duckdb')], dir);
    expect(res.code).toBe(2);
    expect(res.err).toContain('--events must be a whole number of at least 1,000, got "many"');
  });

  it('fills a running server through its API', async () => {
    const place = await postgresPlace();
    const store = await place.open();
    const app = buildApp({ store, tokens: testTokens(), logger: false, registry: await createRegistry(store) });
    try {
      const url = await app.listen({ port: 0, host: '127.0.0.1' });
      const res = await cli(['demo', '--events', '20000', '--server', url, '--token', ADMIN_TOKEN], dir);
      expect(res.code).toBe(0);
      expect(res.out).toContain(`written to ${url}`);
      expect(res.out).toMatch(/maturity assessments: 24 cycles added and released in [\d.]+ s, 0 already there/);
      expect((await eventStats(store.sql)).events).toBe(20_000);
    } finally {
      await app.close();
      await store.close();
      await place.dispose();
    }
  });
});
