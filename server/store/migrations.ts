import { randomUUID } from 'node:crypto';
import { ESCALATIONS_MIGRATION } from './migration-escalations';
import { MATURITY_MIGRATION } from './migration-maturity';
import { ROLLUPS_MIGRATION } from './migration-rollups';
import { SqlDialect, SqlExecutor } from './sql';

export interface Migration {
  readonly version: number;
  readonly name: string;
  up(tx: SqlExecutor, dialect: SqlDialect): Promise<void>;
}

/** Append only: never edit or renumber a migration that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'schema_migrations and meta with install id',
    async up(tx) {
      await tx.exec(`CREATE TABLE schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
      )`);
      await tx.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
      await tx.exec(`INSERT INTO meta (key, value) VALUES ('install_id', $1)`, [randomUUID()]);
    },
  },
  {
    version: 2,
    name: 'registry resources, versions and the hash-chained audit log',
    async up(tx) {
      await tx.exec(`CREATE TABLE registry_resources (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        latest_version INTEGER NOT NULL,
        approved_version INTEGER,
        retired BOOLEAN NOT NULL DEFAULT false,
        updated_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (kind, id)
      )`);
      // the primary key makes two writers of the same version collide
      await tx.exec(`CREATE TABLE registry_versions (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        parent INTEGER,
        hash TEXT NOT NULL,
        document TEXT NOT NULL,
        author TEXT NOT NULL,
        message TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('proposed', 'approved', 'rejected', 'retired')),
        approver TEXT,
        decided_at TIMESTAMPTZ,
        effective_from TIMESTAMPTZ,
        PRIMARY KEY (kind, id, version)
      )`);
      await tx.exec(`CREATE TABLE audit_log (
        seq BIGINT PRIMARY KEY,
        logged_at TIMESTAMPTZ NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        kind TEXT,
        id TEXT,
        version INTEGER,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      )`);
      // one row: the last seq and hash; appenders lock it, and verify uses it to see a truncated tail
      await tx.exec('CREATE TABLE audit_head (id INTEGER PRIMARY KEY, seq BIGINT NOT NULL, hash TEXT NOT NULL)');
      await tx.exec('INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, $1)', ['0'.repeat(64)]);
    },
  },
  {
    version: 3,
    name: 'events (canonical columns) and manual KPI check-ins',
    async up(tx, dialect) {
      await tx.exec(`CREATE TABLE events (
        time TIMESTAMPTZ NOT NULL,
        customer TEXT,
        event TEXT NOT NULL,
        stage TEXT,
        channel TEXT,
        segment TEXT,
        region TEXT,
        value DOUBLE PRECISION
      )`);
      if (dialect === 'postgres') {
        // DuckDB's zone maps serve time ranges without an index; PostgreSQL needs one
        await tx.exec('CREATE INDEX events_time ON events (time)');
        await tx.exec('CREATE INDEX events_event_time ON events (event, time)');
      }
      await tx.exec(`CREATE TABLE kpi_values (
        kpi TEXT NOT NULL,
        time TIMESTAMPTZ NOT NULL,
        value DOUBLE PRECISION NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL
      )`);
      await tx.exec('CREATE INDEX kpi_values_kpi_time ON kpi_values (kpi, time)');
    },
  },
  {
    version: 4,
    name: 'event_batches: ids of landed event batches (idempotent import)',
    async up(tx) {
      // written in the same transaction as the batch's events, so a retried batch finds its id
      await tx.exec(`CREATE TABLE event_batches (
        id TEXT PRIMARY KEY,
        row_count INTEGER NOT NULL,
        rows_hash TEXT NOT NULL,
        landed_at TIMESTAMPTZ NOT NULL
      )`);
    },
  },
  {
    version: 5,
    name: 'store_changes: one row per write statement, so replicas drop their caches (PostgreSQL only)',
    async up(tx, dialect) {
      if (dialect !== 'postgres') {
        // a DuckDB file is locked to one process: its own writes are all there is
        return;
      }
      await tx.exec(`CREATE TABLE store_changes (
        id BIGSERIAL PRIMARY KEY,
        at TIMESTAMPTZ NOT NULL DEFAULT now(),
        tbl TEXT NOT NULL
      )`);
      // the table's own schema, so a write reaches the right store_changes whatever the writer's search_path
      await tx.exec(`CREATE FUNCTION store_changes_note() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
          EXECUTE format('INSERT INTO %I.store_changes (at, tbl) VALUES (clock_timestamp(), $1)', TG_TABLE_SCHEMA)
            USING TG_TABLE_NAME;
          RETURN NULL;
        END
      $fn$`);
      // audit_log and audit_head are written only beside registry_versions, in the same transaction
      for (const table of ['registry_resources', 'registry_versions', 'events', 'event_batches', 'kpi_values']) {
        await tx.exec(`CREATE TRIGGER ${table}_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION store_changes_note()`);
      }
    },
  },
  ROLLUPS_MIGRATION,
  MATURITY_MIGRATION,
  ESCALATIONS_MIGRATION,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
