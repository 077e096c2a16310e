import { SqlCheckInStore } from '../../checkins/sql-checkin-store';
import { assertManualKpi } from '../../checkins/manual';
import { LocalTarget } from '../../client/local';
import { createRegistry } from '../../registry';
import { RegistryError, type Registry } from '../../registry/types';
import { type Store } from '../../store/store';
import { landedBatches } from '../batches';
import { deleteAllEvents, eventStats, type EventStats } from '../stats';
import { StoreEventSink } from '../store-sink';
import { type Progress } from '../progress';
import { type EventSink } from '../types';
import { createValues } from '../../values/create-values';
import { resolveTimeZone } from '../../config';
import { LocalMaturity } from '../../maturity/target/local-maturity';
import { type MaturityTarget } from '../../maturity/target/maturity-target';
import { type CheckInGroup, type DataTarget } from './data-target';

/** A store opened by this process (no server running on it): every write is one transaction. */
export class LocalDataTarget implements DataTarget {
  readonly atomic = true;
  readonly where: string;

  private constructor(
    readonly store: Store,
    readonly registry: LocalTarget,
    private readonly kpis: Registry,
    private readonly author: string
  ) {
    this.where = registry.where;
  }

  static async open(store: Store, author: string): Promise<LocalDataTarget> {
    const registry = await LocalTarget.open(store, author);
    return new LocalDataTarget(store, registry, await createRegistry(store), author);
  }

  eventStats(): Promise<EventStats> {
    return eventStats(this.store.sql);
  }

  deleteEvents(): Promise<number> {
    return deleteAllEvents(this.store.sql);
  }

  async eventSink(options: { replace?: boolean } = {}): Promise<EventSink> {
    return new StoreEventSink(this.store.sql, options);
  }

  landedBatches(prefix: string): Promise<Map<string, number>> {
    return landedBatches(this.store.sql, prefix);
  }

  async addCheckIns(groups: CheckInGroup[]): Promise<number> {
    for (const group of groups) {
      try {
        await assertManualKpi(this.kpis, group.kpi);
      } catch (err) {
        if (err instanceof RegistryError) {
          throw new Error(`${group.where}: ${err.message}`);
        }
        throw err;
      }
    }
    return new SqlCheckInStore(this.store.sql).add(groups.flatMap((g) => g.checkIns));
  }

  async prepareValues(progress: Progress): Promise<number> {
    const values = createValues(this.store, this.kpis, resolveTimeZone(undefined));
    try {
      return await values.warm(progress);
    } finally {
      await values.close();
    }
  }

  async maturity(): Promise<MaturityTarget> {
    return LocalMaturity.on(this.store, this.kpis, this.author, resolveTimeZone(undefined));
  }

  close(): Promise<void> {
    return this.registry.close();
  }
}
