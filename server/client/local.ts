import { type ResourceDocument } from '../../core/schema';
import { type KnownResource } from '../../core/validate';
import { resolveTimeZone } from '../config';
import { createRegistry } from '../registry';
import { knownResources } from '../registry/known';
import {
  type Actor,
  type ApplyOptions,
  type ApplyResult,
  type AuditHead,
  type AuditVerify,
  type PlanEntry,
  type Registry,
} from '../registry/types';
import { type Store } from '../store/store';
import { type RegistryTarget } from './target';

/** The registry in a store opened by this process (the server is not running on it). */
export class LocalTarget implements RegistryTarget {
  readonly where: string;

  private constructor(
    private readonly store: Store,
    private readonly registry: Registry,
    private readonly actor: Actor
  ) {
    this.where = `${store.kind} ${store.location}`;
  }

  /** Whoever can open the store file or database holds the admin role over it. */
  static async open(store: Store, author: string): Promise<LocalTarget> {
    await store.migrate();
    // the same zone as `serve`: a date-only effectiveFrom means the organisation's midnight
    const registry = await createRegistry(store, { timeZone: resolveTimeZone(undefined) });
    return new LocalTarget(store, registry, { name: author, role: 'admin', credential: 'local' });
  }

  known(): Promise<KnownResource[]> {
    return knownResources(this.registry);
  }

  plan(docs: ResourceDocument[], opts: { prune: boolean }): Promise<PlanEntry[]> {
    return this.registry.plan(docs, opts);
  }

  apply(docs: ResourceDocument[], opts: ApplyOptions): Promise<ApplyResult> {
    return this.registry.apply(docs, this.actor, opts);
  }

  export(): Promise<ResourceDocument[]> {
    return this.registry.export();
  }

  verifyAudit(opts: { expectHead?: AuditHead } = {}): Promise<AuditVerify> {
    return this.registry.verifyAudit(opts);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
