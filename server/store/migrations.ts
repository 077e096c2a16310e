import { randomUUID } from 'node:crypto';
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
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
