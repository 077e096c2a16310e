import { SqlCheckInStore } from '../checkins/sql-checkin-store';
import { OwnEventsCopy } from '../funnels/columnar/own-events-copy';
import { FunnelEngine } from '../funnels/funnel-engine';
import { type Progress, silentProgress } from '../events/progress';
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
  /** Journeys' funnels on their Source's events. */
  funnels?: FunnelEngine;
  /** Builds the pre-aggregates of every version of every measure KPI not built yet; resolves with how many KPIs read one. */
  warm(progress?: Progress): Promise<number>;
  /** Builds the funnels' copy of the store's events when a journey reads them (a server, before the first query). */
  warmFunnels(): Promise<boolean>;
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
  const ownEvents = new OwnEventsCopy(store.sql);
  const funnels = new FunnelEngine({ registry, resolver, sourceDocument, ownEvents, invalidatedOnWrites: true });
  const measure = new SqlMeasureRunner({
    conversions: funnels,
    resolver,
    sourceDocument,
    ...(options.rollups === false ? {} : { rollups: { store: new Rollups(store.sql), slotMs: slotMsFor(timeZone) } }),
  });
  const engine = createValueEngine({
    registry,
    measure,
    sql: new StoreSqlKpiRunner(store.sql),
    checkIns,
    timeZone,
  });
  const warm = async (progress: Progress = silentProgress): Promise<number> => {
    const kpis = await registry.list('KPI');
    progress.start(kpis.length);
    let prepared = 0;
    try {
      for (const [i, { id }] of kpis.entries()) {
        const built = await Promise.all(
          (await registry.versions('KPI', id)).map((v) =>
            v.document.kind === 'KPI' ? measure.prepare(v.document).catch(() => false) : false
          )
        );
        prepared += built.some(Boolean) ? 1 : 0;
        progress.update(i + 1);
      }
    } finally {
      progress.stop();
    }
    return prepared;
  };
  const warmFunnels = async () => funnels.warm((await registry.list('Journey')).map((j) => j.id)).catch(() => false);
  return { engine, checkIns, timeZone, funnels, warm, warmFunnels, close: () => resolver.close() };
}
