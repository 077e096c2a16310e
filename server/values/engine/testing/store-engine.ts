import { type KpiDocument, type SourceDocument } from '../../../../core/schema';
import { SqlCheckInStore } from '../../../checkins/sql-checkin-store';
import { kpi } from '../../../registry/contract/fixtures';
import { type Opened } from '../../../registry/contract/harness';
import { type SqlDb } from '../../../store/sql';
import { SqlMeasureRunner } from '../../measure';
import { StoreSourceResolver } from '../../sources';
import { StoreSqlKpiRunner } from '../../sql-kpi';
import { createValueEngine } from '../engine';

export const OWN: SourceDocument = {
  apiVersion: 'scorecard/v1',
  kind: 'Source',
  metadata: { id: 'own' },
  spec: { engine: 'duckdb', table: 'events' },
};

export const count = (id: string, event: string | string[], minimumSample?: number): KpiDocument =>
  kpi(id, {
    calculation: { measure: { source: 'own', aggregate: 'count', filter: { event } } },
    ...(minimumSample === undefined ? {} : { minimumSample }),
  });

/** Each day of January 1–10: one "won", one "upsell" and four "lead" events, alternately smb and ent. */
export async function insertJanuary(db: SqlDb): Promise<void> {
  for (let d = 1; d <= 10; d++) {
    const day = `2026-01-${String(d).padStart(2, '0')}`;
    for (const [i, event] of ['won', 'upsell', 'lead', 'lead', 'lead', 'lead'].entries()) {
      await db.exec('INSERT INTO events (time, event, segment) VALUES (CAST($1 AS TIMESTAMPTZ), $2, $3)', [
        `${day}T${String(8 + i).padStart(2, '0')}:00:00Z`,
        event,
        i % 2 === 0 ? 'smb' : 'ent',
      ]);
    }
  }
}

export { putApproved } from '../../../registry/contract/fixtures';

/** The engine over the store's registry, measure runner (own store as Source "own") and sql runner. */
export function valueEngine({ registry, store }: Pick<Opened, 'registry' | 'store'>) {
  const resolver = new StoreSourceResolver(store);
  const sourceDocument = async (id: string) => {
    const doc = (await registry.get('Source', id)).document;
    return doc.kind === 'Source' ? doc : null;
  };
  const engine = createValueEngine({
    registry,
    measure: new SqlMeasureRunner({ resolver, sourceDocument }),
    sql: new StoreSqlKpiRunner(store.sql),
    checkIns: new SqlCheckInStore(store.sql),
    now: () => new Date('2026-03-01T09:00:00Z'),
  });
  return { engine, resolver };
}
