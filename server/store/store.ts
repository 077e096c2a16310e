import { readSchemaVersion, runMigrations } from './migrate';
import { SqlDb, stringColumn } from './sql';

export type StoreKind = 'duckdb' | 'postgres';

/** The server's persistence; DuckDB and PostgreSQL pass the same contract tests (store-contract.ts). */
export interface Store {
  readonly kind: StoreKind;
  /** DuckDB file path, or the PostgreSQL URL without its password. */
  readonly location: string;
  /** SQL access for repositories built on the store (registry, audit, …). */
  readonly sql: SqlDb;
  /** Applies pending migrations; returns the versions applied. */
  migrate(): Promise<number[]>;
  /** Highest applied migration, 0 for an empty store. */
  schemaVersion(): Promise<number>;
  /** Random id written by the first migration, stable for the life of the store. */
  installId(): Promise<string>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class SqlStore implements Store {
  constructor(
    readonly kind: StoreKind,
    readonly location: string,
    readonly sql: SqlDb
  ) {}

  migrate(): Promise<number[]> {
    return runMigrations(this.sql);
  }

  schemaVersion(): Promise<number> {
    return readSchemaVersion(this.sql);
  }

  async installId(): Promise<string> {
    const notMigrated = new Error(`the store ${this.location} has no install id: migrate it first`);
    if ((await this.schemaVersion()) === 0) {
      throw notMigrated;
    }
    const rows = await this.sql.query(`SELECT value FROM meta WHERE key = 'install_id'`);
    const id = stringColumn(rows[0], 'value');
    if (id === null) {
      throw notMigrated;
    }
    return id;
  }

  async ping(): Promise<void> {
    await this.sql.query('SELECT 1 AS ok');
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}
