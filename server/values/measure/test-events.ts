import { type KpiDocument } from '../../../core/schema/kpi';
import { type SourceDocument, type SourceSpec } from '../../../core/schema/source';
import { type SqlDb } from '../../store/sql';
import { maintainRollups, nextIngest } from '../rollups/rollup-store';
import { kpiDoc } from '../../test-support/documents';
import { type Measure } from './compile-measure';

/** A hand-made event; unset columns are NULL. */
export interface TestEvent {
  time: string;
  event: string;
  value?: number;
  customer?: string;
  segment?: string;
  channel?: string;
}

/** Inserts the events as one ingest does: in one transaction that also maintains the pre-aggregates. */
export async function insertEvents(db: SqlDb, events: TestEvent[]): Promise<void> {
  await db.transaction(async (tx) => {
    const ingest = await nextIngest(tx);
    for (const e of events) {
      await tx.exec(
        'INSERT INTO events (time, event, value, customer, segment, channel, ingest) VALUES (CAST($1 AS TIMESTAMPTZ), $2, $3, $4, $5, $6, $7)',
        [e.time, e.event, e.value ?? null, e.customer ?? null, e.segment ?? null, e.channel ?? null, ingest]
      );
    }
    await maintainRollups(tx, db.dialect, ingest);
  });
}

/** One event per value, one second apart from `time`. */
export function answers(event: string, time: string, values: number[], extra: Partial<TestEvent> = {}): TestEvent[] {
  const start = Date.parse(time);
  return values.map((value, i) => ({ ...extra, event, value, time: new Date(start + i * 1000).toISOString() }));
}

export function measureKpi(
  id: string,
  measure: Omit<Measure, 'source'> & { source?: string },
  minimumSample?: number
): KpiDocument {
  return kpiDoc(id, {
    calculation: { measure: { source: 'own', ...measure } },
    ...(minimumSample === undefined ? {} : { minimumSample }),
  });
}

export function sourceDoc(id: string, spec: Partial<SourceSpec> = {}): SourceDocument {
  return {
    apiVersion: 'scorecard/v1',
    kind: 'Source',
    metadata: { id },
    spec: { engine: 'duckdb', table: 'events', ...spec },
  };
}

export const at = (iso: string): number => Date.parse(iso);
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
