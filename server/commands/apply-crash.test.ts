import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { stringify } from 'yaml';
import { createRegistry } from '../registry';
import { openStore } from '../store/open-store';
import { buildServerBundle, runCli } from '../test-support/cli-process';
import { kpiDoc } from '../test-support/documents';
import { postgresPlace } from '../test-support/places';
import { testPostgresUrl } from '../test-support/postgres';

const N = 1500;
const APPLYING = /applying \d+ document/;

let dir: string;
let bundle: string;
beforeAll(async () => {
  buildServerBundle();
  dir = await mkdtemp(join(tmpdir(), 'scorecard-crash-'));
  bundle = join(dir, 'big.yaml');
  const docs = Array.from({ length: N }, (_, i) => kpiDoc(`load.k${i}`, { description: `KPI number ${i}` }));
  await writeFile(bundle, docs.map((d) => stringify(d)).join('---\n'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** How many KPI resources the store holds, and whether its audit chain verifies. */
async function countKpis(spec: string): Promise<{ kpis: number; auditOk: boolean }> {
  const store = await openStore(spec);
  try {
    await store.migrate();
    const registry = await createRegistry(store);
    const kpis = (await registry.list('KPI')).length;
    return { kpis, auditOk: (await registry.verifyAudit()).ok };
  } finally {
    await store.close();
  }
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('SIGKILL in the middle of a large apply leaves the store wholly before or wholly after', () => {
  it('on DuckDB, killed at several points of a measured apply', async () => {
    const full = join(dir, 'full.duckdb');
    const t0 = runCli(['apply', bundle, '--store', full], { cwd: dir });
    while (!APPLYING.test(t0.stderr()) && t0.child.exitCode === null) {
      await delay(5);
    }
    const started = Date.now();
    expect(await t0.exitCode).toBe(0);
    const total = Date.now() - started;
    expect(await countKpis(full)).toEqual({ kpis: N, auditOk: true });

    const outcomes: number[] = [];
    for (const fraction of [0.3, 0.5, 0.7, 0.9]) {
      const file = join(dir, `kill-${fraction}.duckdb`);
      const run = runCli(['apply', bundle, '--store', file], { cwd: dir });
      while (!APPLYING.test(run.stderr()) && run.child.exitCode === null) {
        await delay(5);
      }
      await delay(total * fraction);
      run.child.kill('SIGKILL');
      await run.exitCode;
      const after = await countKpis(file);
      expect([0, N]).toContain(after.kpis);
      expect(after.auditOk).toBe(true);
      outcomes.push(after.kpis);
    }
    // At least one kill must land before the commit, or the test proved nothing.
    expect(outcomes).toContain(0);
  }, 180_000);

  it('on PostgreSQL, killed while its transaction is open', async () => {
    const place = await postgresPlace();
    const watcher = new Client({ connectionString: testPostgresUrl() });
    await watcher.connect();
    try {
      const app = `scorecard-crash-${place.schema}`;
      const run = runCli(['apply', bundle, '--store', place.spec], { cwd: dir, env: { PGAPPNAME: app } });
      let open = false;
      while (!open && run.child.exitCode === null) {
        // A transaction that has written rows has an xid; it is the apply's, not yet committed.
        const rows = await watcher.query(
          'SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND backend_xid IS NOT NULL',
          [app]
        );
        open = (rows.rowCount ?? 0) > 0;
        await delay(2);
      }
      expect(open).toBe(true);
      run.child.kill('SIGKILL');
      await run.exitCode;
      await delay(200);
      expect(await countKpis(place.spec)).toEqual({ kpis: 0, auditOk: true });
    } finally {
      await watcher.end();
      await place.dispose();
    }
  }, 180_000);
});
