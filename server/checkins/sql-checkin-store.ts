import { isoTime } from '../registry/sql-time';
import { numberColumn, type SqlDb, type SqlParam, stringColumn } from '../store/sql';
import { type CheckIn, type CheckInStore, type TimeRange } from '../values/types';

const ROWS_PER_INSERT = 200;

/** Manual KPI values in the store's `kpi_values` table (DuckDB and PostgreSQL alike). */
export class SqlCheckInStore implements CheckInStore {
  constructor(
    private readonly db: SqlDb,
    private readonly now: () => Date = () => new Date()
  ) {}

  /** All in one transaction; resolves with how many were added. */
  async add(checkIns: CheckIn[]): Promise<number> {
    const createdAt = this.now().toISOString();
    await this.db.transaction(async (tx) => {
      for (let i = 0; i < checkIns.length; i += ROWS_PER_INSERT) {
        const batch = checkIns.slice(i, i + ROWS_PER_INSERT);
        const params: SqlParam[] = [];
        const tuples = batch.map((c) => {
          const at = params.length;
          params.push(c.kpi, new Date(c.time).toISOString(), c.value, c.note, c.author, createdAt);
          return `($${at + 1}, CAST($${at + 2} AS TIMESTAMPTZ), $${at + 3}, $${at + 4}, $${at + 5}, CAST($${at + 6} AS TIMESTAMPTZ))`;
        });
        await tx.exec(
          `INSERT INTO kpi_values (kpi, time, value, note, author, created_at) VALUES ${tuples.join(', ')}`,
          params
        );
      }
    });
    return checkIns.length;
  }

  async list(kpi: string, range: TimeRange): Promise<CheckIn[]> {
    const rows = await this.db.query(
      `SELECT kpi, time, value, note, author FROM kpi_values
       WHERE kpi = $1 AND time >= CAST($2 AS TIMESTAMPTZ) AND time < CAST($3 AS TIMESTAMPTZ)
       ORDER BY time, created_at`,
      [kpi, new Date(range.from).toISOString(), new Date(range.to).toISOString()]
    );
    return rows.map((row) => {
      const time = row.time;
      return {
        kpi: stringColumn(row, 'kpi') ?? kpi,
        time: Date.parse(isoTime(time instanceof Date ? time : String(time))),
        value: numberColumn(row, 'value') ?? NaN,
        note: stringColumn(row, 'note') ?? '',
        author: stringColumn(row, 'author') ?? '',
      };
    });
  }
}
