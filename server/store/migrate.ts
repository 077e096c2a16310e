import { Migration, MIGRATIONS } from './migrations';
import { numberColumn, SqlDb, SqlExecutor } from './sql';

export async function hasMigrationsTable(sql: SqlExecutor): Promise<boolean> {
  const rows = await sql.query(
    `SELECT count(*) AS n FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_name = 'schema_migrations'`
  );
  return (numberColumn(rows[0], 'n') ?? 0) > 0;
}

async function appliedVersions(sql: SqlExecutor): Promise<Set<number>> {
  if (!(await hasMigrationsTable(sql))) {
    return new Set();
  }
  const rows = await sql.query('SELECT version FROM schema_migrations');
  return new Set(rows.map((row) => numberColumn(row, 'version') ?? 0));
}

export async function readSchemaVersion(sql: SqlExecutor): Promise<number> {
  const versions = await appliedVersions(sql);
  return Math.max(0, ...versions);
}

/** Applies pending migrations in one transaction; returns the versions applied (empty when up to date). */
export async function runMigrations(db: SqlDb, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const latest = Math.max(0, ...migrations.map((m) => m.version));
  return db.transaction(async (tx) => {
    if (db.dialect === 'postgres') {
      // serialises replicas that start together against the same schema
      await tx.exec(`SELECT pg_advisory_xact_lock(hashtext('scorecard:migrate:' || current_schema()))`);
    }
    const applied = await appliedVersions(tx);
    const newest = Math.max(0, ...applied);
    if (newest > latest) {
      throw new Error(
        `the store has schema version ${newest} but this server knows only up to ${latest}: upgrade scorecard`
      );
    }
    const pending = [...migrations].filter((m) => !applied.has(m.version)).sort((a, b) => a.version - b.version);
    for (const migration of pending) {
      await migration.up(tx, db.dialect);
      await tx.exec('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    }
    return pending.map((m) => m.version);
  });
}
