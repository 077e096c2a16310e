import { clearRollups } from '../values/rollups/rollup-store';
import { isoTime } from '../registry/sql-time';
import { numberColumn, type SqlDb, stringColumn } from '../store/sql';

/** What the `events` table holds: totals per event type, distinct customers and the time span. */
export interface EventStats {
  events: number;
  byEvent: Record<string, number>;
  customers: number;
  /** ISO-8601 of the first and last event; null when there are none. */
  from: string | null;
  to: string | null;
}

export async function eventStats(db: SqlDb): Promise<EventStats> {
  const byEvent: Record<string, number> = {};
  const rows = await db.query('SELECT event, count(*) AS n FROM events GROUP BY event ORDER BY n DESC, event');
  for (const row of rows) {
    byEvent[stringColumn(row, 'event') ?? ''] = numberColumn(row, 'n') ?? 0;
  }
  const [span] = await db.query(
    'SELECT count(*) AS n, count(DISTINCT customer) AS customers, min(time) AS first, max(time) AS last FROM events'
  );
  const first = span?.first;
  const last = span?.last;
  return {
    events: numberColumn(span, 'n') ?? 0,
    byEvent,
    customers: numberColumn(span, 'customers') ?? 0,
    from: first instanceof Date || typeof first === 'string' ? isoTime(first) : null,
    to: last instanceof Date || typeof last === 'string' ? isoTime(last) : null,
  };
}

export async function countEvents(db: SqlDb): Promise<number> {
  const [row] = await db.query('SELECT count(*) AS n FROM events');
  return numberColumn(row, 'n') ?? 0;
}

/** Deletes every event and landed batch id; resolves with how many events there were. */
export function deleteAllEvents(db: SqlDb): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query('SELECT count(*) AS n FROM events');
    await tx.exec('DELETE FROM events');
    await clearRollups(tx, db.dialect);
    // the ids go too, so the same file can be imported again
    await tx.exec('DELETE FROM event_batches');
    return numberColumn(row, 'n') ?? 0;
  });
}
