import { type RegistryTarget } from '../../client/target';
import { type MaturityTarget } from '../../maturity/target/maturity-target';
import { type CheckIn } from '../../values/types';
import { type Progress } from '../progress';
import { type EventStats } from '../stats';
import { type EventSink } from '../types';

/** Check-ins of one KPI with where each came from (`line 4`), for messages. */
export interface CheckInGroup {
  kpi: string;
  checkIns: CheckIn[];
  /** Where the KPI is first named, e.g. `line 2`. */
  where: string;
}

/** What `demo` and `import` need from a local store or a running server alike. */
export interface DataTarget {
  /** The store location or the server URL, for messages. */
  readonly where: string;
  /** True when writes to the target are one transaction (a local store); false for a server (batches). */
  readonly atomic: boolean;
  readonly registry: RegistryTarget;
  eventStats(): Promise<EventStats>;
  deleteEvents(): Promise<number>;
  /**
   * Where validated events go: one transaction locally, NDJSON batches of POST /api/v1/events remotely.
   * With `replace` the events already there are deleted first (locally in the same transaction).
   */
  eventSink(options?: { replace?: boolean }): Promise<EventSink>;
  /** Ids of landed event batches that start with `prefix`, with their row counts. */
  landedBatches(prefix: string): Promise<Map<string, number>>;
  /** Checks every group (manual KPI, known) before writing any; locally all in one transaction. */
  addCheckIns(groups: CheckInGroup[]): Promise<number>;
  /** A local store builds the pre-aggregates of its measure KPIs (a server builds its own); how many KPIs. */
  prepareValues?(progress: Progress): Promise<number>;
  /** The maturity cycles of the same store or server, acting as its admin (the caller closes it). */
  maturity?(): Promise<MaturityTarget>;
  close(): Promise<void>;
}
