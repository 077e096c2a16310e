import { type Migration } from './migrations';

/** Maturity cycles, each assessor's answers, the lead's settlements, exemptions and peers' benchmark files (§9). */
export const MATURITY_MIGRATION: Migration = {
  version: 7,
  name: 'maturity_cycles, maturity_answers, maturity_settlements, maturity_exemptions, benchmark_peers',
  async up(tx) {
    // one cycle per unit, model and year; `results` is the snapshot frozen at release
    await tx.exec(`CREATE TABLE maturity_cycles (
      id TEXT PRIMARY KEY,
      model TEXT NOT NULL,
      model_version INTEGER NOT NULL,
      unit TEXT NOT NULL,
      year INTEGER NOT NULL,
      as_of TEXT NOT NULL,
      assessors TEXT NOT NULL,
      lead TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('open', 'calibration', 'released')),
      created_by TEXT NOT NULL,
      created_at TIMESTAMPTZ NOT NULL,
      released_by TEXT,
      released_at TIMESTAMPTZ,
      results TEXT,
      UNIQUE (model, unit, year)
    )`);
    await tx.exec(`CREATE TABLE maturity_answers (
      cycle TEXT NOT NULL,
      assessor TEXT NOT NULL,
      criterion TEXT NOT NULL,
      answer TEXT NOT NULL CHECK (answer IN ('met', 'partial', 'not-met', 'n/a')),
      note TEXT,
      link TEXT,
      author TEXT NOT NULL,
      answered_at TIMESTAMPTZ NOT NULL,
      PRIMARY KEY (cycle, assessor, criterion)
    )`);
    await tx.exec(`CREATE TABLE maturity_settlements (
      cycle TEXT NOT NULL,
      criterion TEXT NOT NULL,
      answer TEXT NOT NULL CHECK (answer IN ('met', 'partial', 'not-met', 'n/a')),
      note TEXT,
      settled_by TEXT NOT NULL,
      settled_at TIMESTAMPTZ NOT NULL,
      PRIMARY KEY (cycle, criterion)
    )`);
    await tx.exec(`CREATE TABLE maturity_exemptions (
      model TEXT NOT NULL,
      unit TEXT NOT NULL,
      criterion TEXT NOT NULL,
      reason TEXT NOT NULL,
      expires TEXT NOT NULL,
      created_by TEXT NOT NULL,
      created_at TIMESTAMPTZ NOT NULL,
      PRIMARY KEY (model, unit, criterion)
    )`);
    await tx.exec(`CREATE TABLE benchmark_peers (
      id TEXT PRIMARY KEY,
      source TEXT NOT NULL,
      model TEXT NOT NULL,
      year INTEGER NOT NULL,
      payload TEXT NOT NULL,
      imported_by TEXT NOT NULL,
      imported_at TIMESTAMPTZ NOT NULL
    )`);
  },
};
