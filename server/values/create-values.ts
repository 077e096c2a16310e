import { SqlCheckInStore } from '../checkins/sql-checkin-store';
import { versionAt } from '../query/registry-docs';
import { RegistryError, type Registry } from '../registry/types';
import { type Store } from '../store/store';
import { createValueEngine, type ValueEngine } from './engine';
import { SqlMeasureRunner } from './measure';
import { StoreSourceResolver } from './sources';
import { StoreSqlKpiRunner } from './sql-kpi';
import { Rollups } from './rollups/rollup-store';
import { slotMsFor } from './rollups/slot';
import { type CheckInStore } from './types';

export interface Values {
  engine: ValueEngine;
  checkIns: CheckInStore;
  /** IANA zone of reporting periods and day buckets. */
  timeZone: string;
  close(): Promise<void>;
}

/** The value engine on a store: measures via its sources, sql KPIs, manual check-ins in kpi_values. */
export function createValues(
  store: Store,
  registry: Registry,
  timeZone = 'UTC',
  options: { rollups?: boolean } = {}
): Values {
  const resolver = new StoreSourceResolver(store);
  const sourceDocument = async (id: string) => {
    try {
      const { document } = await versionAt(registry, 'Source', id, new Date().toISOString());
      return document.kind === 'Source' ? document : null;
    } catch (err) {
      if (err instanceof RegistryError && err.code === 'not_found') {
        return null;
      }
      throw err;
    }
  };
  const checkIns = new SqlCheckInStore(store.sql);
  const engine = createValueEngine({
    registry,
    measure: new SqlMeasureRunner({
      resolver,
      sourceDocument,
      ...(options.rollups === false ? {} : { rollups: { store: new Rollups(store.sql), slotMs: slotMsFor(timeZone) } }),
    }),
    sql: new StoreSqlKpiRunner(store.sql),
    checkIns,
    timeZone,
  });
  return { engine, checkIns, timeZone, close: () => resolver.close() };
}
