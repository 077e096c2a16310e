import { type Migration } from './migrations';

/** Pre-aggregates of measure KPIs (server/values/rollups) and the ingest id that lets ingests maintain them. */
export const ROLLUPS_MIGRATION: Migration = {
  version: 6,
  name: 'kpi_rollups: partial aggregates per measure and slot; events.ingest marks the events of one ingest',
  async up(tx, dialect) {
    const double = dialect === 'postgres' ? 'DOUBLE PRECISION' : 'DOUBLE';
    await tx.exec('ALTER TABLE events ADD COLUMN ingest BIGINT');
    await tx.exec('CREATE SEQUENCE ingest_ids');
    await tx.exec(`CREATE TABLE rollup_calcs (
      calc TEXT PRIMARY KEY,
      definition TEXT NOT NULL,
      built_at TIMESTAMPTZ NOT NULL
    )`);
    await tx.exec(`CREATE TABLE kpi_rollups (
      calc TEXT NOT NULL,
      slot BIGINT NOT NULL,
      ${['c1', 'c2', 'c3', 'c4', 's1', 's2'].map((c) => `${c} ${double}`).join(', ')},
      PRIMARY KEY (calc, slot)
    )`);
    if (dialect === 'postgres') {
      // ingest ids grow with the table, so a block range index finds one ingest's rows at almost no write cost
      await tx.exec('CREATE INDEX events_ingest ON events USING brin (ingest)');
    }
  },
};
