import { type SqlDb, type SqlParam, type SqlRow } from '../../store/sql';

/** A compiled measure: its SQL, parameters and the ingredient columns it selects besides bucket (and breakdown). */
export interface BatchedStatement {
  sql: string;
  params: SqlParam[];
  columns: string[];
  breakdown: boolean;
}

interface Pending {
  statement: BatchedStatement;
  signal?: AbortSignal;
  resolve(rows: SqlRow[]): void;
  reject(err: unknown): void;
}

const renumber = (sql: string, offset: number): string =>
  offset === 0 ? sql : sql.replace(/\$(\d+)/g, (_m, n: string) => `$${Number(n) + offset}`);

/** All members' statements as one: UNION ALL over a common column list, each row tagged with its member. */
export function unionOf(statements: readonly BatchedStatement[], dialect: SqlDb['dialect']): BatchedStatement {
  const double = dialect === 'postgres' ? 'DOUBLE PRECISION' : 'DOUBLE';
  const all = [...new Set(statements.flatMap((s) => s.columns))].sort();
  const params: SqlParam[] = [];
  const parts = statements.map((s, i) => {
    const sql = renumber(s.sql, params.length);
    params.push(...s.params);
    const columns = all.map((c) => (s.columns.includes(c) ? `CAST(${c} AS ${double})` : `CAST(NULL AS ${double})`));
    const breakdown = s.breakdown ? 'breakdown' : 'CAST(NULL AS TEXT)';
    return `SELECT ${i} AS member, bucket, ${breakdown} AS breakdown, ${columns.map((c, j) => `${c} AS ${all[j]}`).join(', ')} FROM (${sql}) AS m${i}`;
  });
  return { sql: parts.join('\nUNION ALL\n'), params, columns: all, breakdown: true };
}

/** A member's rows out of the union's: its own columns, in bucket order (then breakdown, missing last). */
export function rowsOf(rows: readonly SqlRow[], member: number, statement: BatchedStatement): SqlRow[] {
  const mine = rows.filter((r) => Number(r.member) === member);
  const keep = ['bucket', ...(statement.breakdown ? ['breakdown'] : []), ...statement.columns];
  const out = mine.map((r) => Object.fromEntries(keep.map((c) => [c, r[c] ?? null])));
  return out.sort((a, b) => Number(a.bucket) - Number(b.bucket));
}

/**
 * Runs the measure statements asked for in one turn of the event loop (a scorecard's KPIs) as one statement per
 * database. If that fails, each runs on its own, so an error belongs to the KPI that caused it.
 */
export class StatementBatcher {
  private readonly queues = new Map<SqlDb, Pending[]>();

  run(db: SqlDb, statement: BatchedStatement, signal?: AbortSignal): Promise<SqlRow[]> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(db) ?? [];
      if (queue.length === 0) {
        this.queues.set(db, queue);
        setImmediate(() => void this.flush(db));
      }
      queue.push({ statement, ...(signal === undefined ? {} : { signal }), resolve, reject });
    });
  }

  private async flush(db: SqlDb): Promise<void> {
    const batch = this.queues.get(db) ?? [];
    this.queues.delete(db);
    if (batch.length > 1) {
      const union = unionOf(
        batch.map((p) => p.statement),
        db.dialect
      );
      const signals = batch.flatMap((p) => (p.signal === undefined ? [] : [p.signal]));
      try {
        const rows = await db.query(
          union.sql,
          union.params,
          signals.length > 0 ? { signal: AbortSignal.any(signals) } : {}
        );
        batch.forEach((p, i) => p.resolve(rowsOf(rows, i, p.statement)));
        return;
      } catch {
        // each on its own below
      }
    }
    await Promise.all(
      batch.map((p) =>
        db
          .query(p.statement.sql, p.statement.params, p.signal === undefined ? {} : { signal: p.signal })
          .then(p.resolve, p.reject)
      )
    );
  }
}
