import { type Answer, ANSWERS } from '../../core/maturity/types';
import { type CycleQuery, type CycleState, CYCLE_STATES, type Exemption } from '../../core/maturity/api';
import { numberColumn, type SqlExecutor, type SqlRow, stringColumn } from '../store/sql';
import { whereEquals } from './where-equals';
import { requiredTime, timeColumn } from '../registry/sql-time';

/** A cycle as stored; progress and the criteria count are added by the service. */
export interface CycleRow {
  id: string;
  model: string;
  modelVersion: number;
  unit: string;
  year: number;
  asOf: string;
  assessors: string[];
  lead: string;
  state: CycleState;
  createdBy: string;
  createdAt: string;
  releasedBy: string | null;
  releasedAt: string | null;
  /** The results frozen at release (JSON), null before. */
  results: string | null;
}

export interface AnswerRow {
  assessor: string;
  criterion: string;
  answer: Answer;
  note: string | null;
  link: string | null;
}

export interface SettlementRow {
  criterion: string;
  answer: Answer;
  note: string | null;
  by: string;
  at: string;
}

function text(row: SqlRow, column: string): string {
  const value = stringColumn(row, column);
  if (value === null) {
    throw new Error(`maturity: column ${column} is null`);
  }
  return value;
}

function answerOf(row: SqlRow): Answer {
  const value = text(row, 'answer');
  const known = ANSWERS.find((a) => a === value);
  if (known === undefined) {
    throw new Error(`maturity: stored answer "${value}" is not one of ${ANSWERS.join(', ')}`);
  }
  return known;
}

function stringList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.map(String) : [];
}

function cycleOf(row: SqlRow): CycleRow {
  const state = CYCLE_STATES.find((s) => s === text(row, 'state')) ?? 'open';
  return {
    id: text(row, 'id'),
    model: text(row, 'model'),
    modelVersion: numberColumn(row, 'model_version') ?? 0,
    unit: text(row, 'unit'),
    year: numberColumn(row, 'year') ?? 0,
    asOf: text(row, 'as_of'),
    assessors: stringList(text(row, 'assessors')),
    lead: text(row, 'lead'),
    state,
    createdBy: text(row, 'created_by'),
    createdAt: requiredTime(row, 'created_at'),
    releasedBy: stringColumn(row, 'released_by'),
    releasedAt: timeColumn(row, 'released_at'),
    results: stringColumn(row, 'results'),
  };
}

export async function findCycle(sql: SqlExecutor, id: string): Promise<CycleRow | null> {
  const [row] = await sql.query('SELECT * FROM maturity_cycles WHERE id = $1', [id]);
  return row === undefined ? null : cycleOf(row);
}

export async function findCycleOf(
  sql: SqlExecutor,
  key: { model: string; unit: string; year: number }
): Promise<CycleRow | null> {
  const [row] = await sql.query('SELECT * FROM maturity_cycles WHERE model = $1 AND unit = $2 AND year = $3', [
    key.model,
    key.unit,
    key.year,
  ]);
  return row === undefined ? null : cycleOf(row);
}

export async function listCycles(sql: SqlExecutor, query: CycleQuery): Promise<CycleRow[]> {
  const { clause, params } = whereEquals([
    ['model', query.model],
    ['unit', query.unit],
    ['year', query.year],
    ['state', query.state],
  ]);
  const rows = await sql.query(`SELECT * FROM maturity_cycles ${clause} ORDER BY year, unit, id`, params);
  return rows.map(cycleOf);
}

export async function insertCycle(tx: SqlExecutor, c: CycleRow): Promise<void> {
  await tx.exec(
    `INSERT INTO maturity_cycles (id, model, model_version, unit, year, as_of, assessors, lead, state, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      c.id,
      c.model,
      c.modelVersion,
      c.unit,
      c.year,
      c.asOf,
      JSON.stringify(c.assessors),
      c.lead,
      c.state,
      c.createdBy,
      c.createdAt,
    ]
  );
}

export async function setState(tx: SqlExecutor, id: string, state: CycleState): Promise<void> {
  await tx.exec('UPDATE maturity_cycles SET state = $1 WHERE id = $2', [state, id]);
}

export async function markReleased(
  tx: SqlExecutor,
  id: string,
  release: { by: string; at: string; results: string }
): Promise<void> {
  await tx.exec(
    `UPDATE maturity_cycles SET state = 'released', released_by = $1, released_at = $2, results = $3 WHERE id = $4`,
    [release.by, release.at, release.results, id]
  );
}

export async function loadAnswers(sql: SqlExecutor, cycle: string): Promise<AnswerRow[]> {
  const rows = await sql.query(
    'SELECT assessor, criterion, answer, note, link FROM maturity_answers WHERE cycle = $1 ORDER BY assessor, criterion',
    [cycle]
  );
  return rows.map((r) => ({
    assessor: text(r, 'assessor'),
    criterion: text(r, 'criterion'),
    answer: answerOf(r),
    note: stringColumn(r, 'note'),
    link: stringColumn(r, 'link'),
  }));
}

export async function saveAnswers(
  tx: SqlExecutor,
  cycle: string,
  rows: AnswerRow[],
  by: { author: string; at: string }
): Promise<void> {
  // one statement per 200 rows: a row per statement costs DuckDB ~5 ms each
  for (let start = 0; start < rows.length; start += 200) {
    const chunk = rows.slice(start, start + 200);
    const values = chunk.map((_, i) => `(${Array.from({ length: 8 }, (__, j) => `$${i * 8 + j + 1}`).join(', ')})`);
    await tx.exec(
      `INSERT INTO maturity_answers (cycle, assessor, criterion, answer, note, link, author, answered_at)
       VALUES ${values.join(', ')}
       ON CONFLICT (cycle, assessor, criterion) DO UPDATE SET answer = excluded.answer, note = excluded.note,
         link = excluded.link, author = excluded.author, answered_at = excluded.answered_at`,
      chunk.flatMap((r) => [cycle, r.assessor, r.criterion, r.answer, r.note, r.link, by.author, by.at])
    );
  }
}

export async function loadSettlements(sql: SqlExecutor, cycle: string): Promise<SettlementRow[]> {
  const rows = await sql.query(
    'SELECT criterion, answer, note, settled_by, settled_at FROM maturity_settlements WHERE cycle = $1 ORDER BY criterion',
    [cycle]
  );
  return rows.map((r) => ({
    criterion: text(r, 'criterion'),
    answer: answerOf(r),
    note: stringColumn(r, 'note'),
    by: text(r, 'settled_by'),
    at: requiredTime(r, 'settled_at'),
  }));
}

export async function saveSettlements(tx: SqlExecutor, cycle: string, rows: SettlementRow[]): Promise<void> {
  for (const r of rows) {
    await tx.exec(
      `INSERT INTO maturity_settlements (cycle, criterion, answer, note, settled_by, settled_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (cycle, criterion) DO UPDATE SET answer = excluded.answer, note = excluded.note,
         settled_by = excluded.settled_by, settled_at = excluded.settled_at`,
      [cycle, r.criterion, r.answer, r.note, r.by, r.at]
    );
  }
}

export async function loadExemptions(
  sql: SqlExecutor,
  key: { model?: string | undefined; unit?: string | undefined }
): Promise<Exemption[]> {
  const { clause, params } = whereEquals([
    ['model', key.model],
    ['unit', key.unit],
  ]);
  const rows = await sql.query(`SELECT * FROM maturity_exemptions ${clause} ORDER BY model, unit, criterion`, params);
  return rows.map((r) => ({
    model: text(r, 'model'),
    unit: text(r, 'unit'),
    criterion: text(r, 'criterion'),
    reason: text(r, 'reason'),
    expires: text(r, 'expires'),
    createdBy: text(r, 'created_by'),
    createdAt: requiredTime(r, 'created_at'),
  }));
}

export async function saveExemption(tx: SqlExecutor, e: Exemption): Promise<void> {
  await tx.exec(
    `INSERT INTO maturity_exemptions (model, unit, criterion, reason, expires, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (model, unit, criterion) DO UPDATE SET reason = excluded.reason, expires = excluded.expires,
       created_by = excluded.created_by, created_at = excluded.created_at`,
    [e.model, e.unit, e.criterion, e.reason, e.expires, e.createdBy, e.createdAt]
  );
}

export async function deleteExemption(
  tx: SqlExecutor,
  key: { model: string; unit: string; criterion: string }
): Promise<void> {
  await tx.exec('DELETE FROM maturity_exemptions WHERE model = $1 AND unit = $2 AND criterion = $3', [
    key.model,
    key.unit,
    key.criterion,
  ]);
}
