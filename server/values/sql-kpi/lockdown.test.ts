import { createServer, type Server } from 'node:http';
import { intervalGrid } from '../../../core/periods';
import { numberColumn } from '../../store/sql';
import { type Store } from '../../store/store';
import { type StorePlace } from '../../store/store-contract';
import { kpiDoc } from '../../test-support/documents';
import { duckDbPlace, postgresPlace } from '../../test-support/places';
import { at, DAY } from '../measure/test-events';
import { prepareSqlKpiRole, SQL_KPI_ROLE } from './pg-reader';
import { runReadOnly } from './read-only';
import { StoreSqlKpiRunner } from './sql-kpi-runner';

const RANGE = { from: at('2024-04-01T00:00:00Z'), to: at('2024-04-03T00:00:00Z') };
const OPTS = { timeoutMs: 5000, what: 'q' };

async function csvServer(): Promise<{ server: Server; url: string }> {
  const server = createServer((_req, res) => res.end('time,value\n2024-04-01,7\n'));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}/x.csv` };
}

describe.each([
  ['duckdb', duckDbPlace],
  ['postgres', postgresPlace],
] as const)('sql KPIs cannot reach the host on %s', (kind, newPlace) => {
  let place: StorePlace;
  let store: Store;
  let runner: StoreSqlKpiRunner;
  const run = (query: string) =>
    runner.run({
      kpi: kpiDoc('leak', { calculation: { sql: { query } } }),
      range: RANGE,
      intervalMs: DAY,
      grid: intervalGrid(RANGE, DAY, 'UTC'),
    });

  beforeAll(async () => {
    place = await newPlace();
    store = await place.open();
    await store.migrate();
    runner = new StoreSqlKpiRunner(store.sql);
  });

  afterAll(async () => {
    await store.close();
    await place.dispose();
  });

  it.each([
    ["SELECT now() AS time, 1 AS value, content AS breakdown FROM read_text('/etc/passwd')", 'read_text'],
    ["SELECT now() AS time, 1 AS value, file AS breakdown FROM glob('/etc/*')", 'glob'],
    ["SELECT now() AS time, octet_length(content) AS value FROM read_blob('/etc/hostname')", 'read_blob'],
    ["SELECT now() AS time, 1 AS value, pg_read_file('/etc/passwd') AS breakdown", 'pg_read_file'],
  ])('refuses %j before it runs', async (query, fn) => {
    await expect(run(query)).rejects.toThrow(`the SQL of KPI "leak": the SQL may not call ${fn}()`);
  });

  it('refuses writes even when the text check is passed by', async () => {
    const write = runReadOnly(
      store.sql,
      { sql: "INSERT INTO events (time, event) VALUES (now(), 'x')", params: [] },
      OPTS
    );
    await expect(write).rejects.toThrow(
      kind === 'duckdb' ? 'q must be a SELECT query, it is INSERT' : 'q tried to write'
    );
    expect(numberColumn((await store.sql.query('SELECT count(*) AS n FROM events'))[0], 'n')).toBe(0);
  });

  if (kind === 'duckdb') {
    it.each([
      "SELECT * FROM read_text('/etc/passwd')",
      "SELECT * FROM glob('/etc/*')",
      "SELECT * FROM read_blob('/etc/hostname')",
    ])('the store itself refuses %j (file system operations are disabled)', async (sql) => {
      await expect(runReadOnly(store.sql, { sql, params: [] }, OPTS)).rejects.toThrow(
        'file system operations are disabled by configuration'
      );
      await expect(store.sql.query(sql)).rejects.toThrow('file system operations are disabled by configuration');
    });

    it('reads nothing over the network and installs no extension', async () => {
      const { server, url } = await csvServer();
      try {
        await expect(
          runReadOnly(store.sql, { sql: `SELECT * FROM read_csv('${url}')`, params: [] }, OPTS)
        ).rejects.toThrow('file system operations are disabled by configuration');
      } finally {
        server.close();
      }
      await expect(store.sql.exec('INSTALL httpfs')).rejects.toThrow('file system operations are disabled');
      await expect(store.sql.exec('LOAD httpfs')).rejects.toThrow('Loading external extensions is disabled');
    });

    it('keeps its configuration locked and attaches no other file', async () => {
      await expect(store.sql.exec('SET enable_external_access = true')).rejects.toThrow(
        'the configuration has been locked'
      );
      await expect(store.sql.exec('SET autoinstall_known_extensions = true')).rejects.toThrow('locked');
      await expect(store.sql.exec("ATTACH '/tmp/other.duckdb' AS other")).rejects.toThrow(
        'file system operations are disabled'
      );
      const [settings] = await store.sql.query(
        `SELECT current_setting('autoinstall_known_extensions') AS install, current_setting('autoload_known_extensions') AS autoload,
          current_setting('allow_community_extensions') AS community, current_setting('enable_external_access') AS external`
      );
      expect(settings).toEqual({ install: false, autoload: false, community: false, external: false });
    });

    it('still writes and reads its own file', async () => {
      await store.sql.exec("INSERT INTO events (time, event) VALUES (now(), 'kept')");
      await store.sql.exec('CHECKPOINT');
      expect(
        numberColumn((await store.sql.query("SELECT count(*) AS n FROM events WHERE event = 'kept'"))[0], 'n')
      ).toBe(1);
      await store.sql.exec("DELETE FROM events WHERE event = 'kept'");
    });
  } else {
    it('runs as a role that may read the events, not the registry, files or other sessions', async () => {
      const role = await prepareSqlKpiRole(store.sql);
      expect(role).toBe(SQL_KPI_ROLE);
      const read = (sql: string) => runReadOnly(store.sql, { sql, params: [] }, { ...OPTS, role });
      expect(await read('SELECT current_user AS who')).toMatchObject({ rows: [{ who: SQL_KPI_ROLE }] });
      expect(await read('SELECT count(*)::int AS n FROM events')).toMatchObject({ rows: [{ n: 0 }] });
      await expect(read('SELECT count(*) FROM registry_versions')).rejects.toThrow('permission denied for table');
      await expect(read("SELECT pg_read_file('/etc/passwd')")).rejects.toThrow(
        'permission denied for function pg_read_file'
      );
      await expect(read("SELECT pg_ls_dir('/')")).rejects.toThrow('permission denied for function pg_ls_dir');
      await expect(
        read("SELECT query_to_xml('SELECT pg_read_file(''/etc/hostname'')', true, false, '')")
      ).rejects.toThrow('permission denied for function pg_read_file');
    });

    it('answers sql KPIs as that role', async () => {
      const [series] = await run('SELECT now() AS time, 1 AS value, current_user AS breakdown');
      expect(series?.breakdown?.value).toBe(SQL_KPI_ROLE);
    });
  }
});
