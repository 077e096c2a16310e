import {
  type ConsensusBody,
  type CreateCycleBody,
  type CycleQuery,
  type ExemptionBody,
  type ResponsesBody,
} from '../../../core/maturity/api';
import { type BenchmarkFile, type BenchmarkQuery, type ExportQuery } from '../../../core/maturity/benchmark-api';
import { resolveTimeZone } from '../../config';
import { createRegistry } from '../../registry';
import { type Actor, type Registry } from '../../registry/types';
import { type Store } from '../../store/store';
import { createMaturity, type Maturity } from '../create-maturity';
import { type MaturityTarget } from './maturity-target';

/** The maturity services on a store this process opened; whoever can open the store is its admin. */
export class LocalMaturity implements MaturityTarget {
  readonly where: string;
  readonly actor: string;

  private constructor(
    store: Store,
    private readonly services: Maturity,
    private readonly as: Actor,
    private readonly closeStore: () => Promise<void>
  ) {
    this.where = `${store.kind} ${store.location}`;
    this.actor = as.name;
  }

  static async open(store: Store, author: string, timeZone = resolveTimeZone(undefined)): Promise<LocalMaturity> {
    await store.migrate();
    const registry = await createRegistry(store, { timeZone });
    return LocalMaturity.on(store, registry, author, timeZone, () => store.close());
  }

  /** On a store and registry someone else opened: closing it leaves the store open unless `close` says otherwise. */
  static on(
    store: Store,
    registry: Registry,
    author: string,
    timeZone: string,
    close: () => Promise<void> = async () => undefined
  ): LocalMaturity {
    const services = createMaturity(store.sql, { registry, timeZone, now: () => new Date() });
    return new LocalMaturity(store, services, { name: author, role: 'admin', credential: 'local' }, close);
  }

  listCycles(query: CycleQuery) {
    return this.services.maturity.listCycles(query);
  }

  createCycle(body: CreateCycleBody) {
    return this.services.maturity.createCycle(body, this.as);
  }

  answer(cycle: string, assessor: string, body: ResponsesBody) {
    return this.services.maturity.answer(cycle, assessor, body, this.as);
  }

  settle(cycle: string, body: ConsensusBody) {
    return this.services.maturity.settle(cycle, body, this.as);
  }

  release(cycle: string) {
    return this.services.maturity.release(cycle, this.as);
  }

  async results(cycle: string) {
    const results = await this.services.maturity.results(cycle, this.as);
    return results.state === 'released'
      ? { ...results, benchmark: await this.services.benchmarks.compare(results) }
      : results;
  }

  exempt(body: ExemptionBody) {
    return this.services.exemptions.put(body, this.as);
  }

  benchmarks(query: BenchmarkQuery) {
    return this.services.benchmarks.benchmarks(query);
  }

  exportBenchmarks(query: ExportQuery) {
    return this.services.benchmarks.exportFile(query);
  }

  importPeer(file: BenchmarkFile) {
    return this.services.benchmarks.importFile(file, this.as);
  }

  close(): Promise<void> {
    return this.closeStore();
  }
}
