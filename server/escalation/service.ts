import {
  acknowledge as acknowledgeOf,
  applyActions,
  evaluate,
  type EscalationAction,
  type EscalationPolicyVersion,
  type KpiOutcomes,
} from '../../core/escalation';
import type { EscalationView, EvaluationSummary } from '../../core/escalation/api';
import type { EscalationSelect } from '../../core/escalation/policy';
import type { KpiDocument } from '../../core/schema';
import { errorMessage } from '../error-message';
import { type Actor, type Registry, RegistryError } from '../registry/types';
import type { SqlDb } from '../store/sql';
import { actionDeliveries, closingDeliveries } from './notice';
import {
  deliveriesOf,
  escalationsForEvaluation,
  type EscalationFilter,
  findEscalation,
  insertDeliveries,
  listEscalations,
  saveEscalation,
  unresolvedEscalations,
} from './repo';
import { currentKpi, Names, nextDueOf, policiesInForce, policyVersion } from './lookups';
import { outcomeCount } from './outcomes';
import type { Delivery, StoredEscalation } from './types';
import { viewOf } from './view';

export interface KpiOutcomesResult {
  outcomes: KpiOutcomes;
  doc: KpiDocument;
  version: number;
}

export interface EscalationServiceDeps {
  db: SqlDb;
  registry: Registry;
  /** The KPI's last `count` complete periods at `now`, null when the KPI has no version. */
  outcomes(kpi: string, count: number, now: number): Promise<KpiOutcomesResult | null>;
  /** The KPIs a policy's select picks at `now`. */
  select(select: EscalationSelect, now: number): Promise<string[]>;
  timeZone: string;
  now: () => number;
  /** Grafana's base URL, for the links in notices. */
  grafanaUrl: string;
  /** Called after deliveries were queued, to wake the delivery worker. */
  enqueued?: () => void;
}

/** Evaluates policies, records escalations with the notices they owe, and takes acknowledgements and resolutions. */
export class EscalationService {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners: Array<() => void> = [];

  constructor(private readonly deps: EscalationServiceDeps) {}

  /** Called after every change to escalations. */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    this.listeners.forEach((listener) => listener());
  }

  /** One writer at a time in this process, so an evaluation never overwrites an acknowledgement it did not read. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Every policy in force at now, evaluated against the KPIs' latest complete periods. */
  evaluate(): Promise<EvaluationSummary> {
    return this.serial(() => this.evaluateNow());
  }

  private async evaluateNow(): Promise<EvaluationSummary> {
    const now = this.deps.now();
    const summary: EvaluationSummary = {
      at: new Date(now).toISOString(),
      policies: 0,
      opened: [],
      notified: [],
      deferred: [],
      resolved: [],
      errors: [],
    };
    const policies = await policiesInForce(this.deps.registry, now);
    summary.policies = policies.length;
    const cache = new Map<string, Promise<KpiOutcomesResult | null>>();
    const outcomesOf = (kpi: string, count: number) => {
      const key = `${kpi}|${count}`;
      const cached = cache.get(key) ?? this.deps.outcomes(kpi, count, now);
      cache.set(key, cached);
      return cached;
    };
    for (const policy of policies) {
      try {
        const list = {
          open: summary.opened,
          notify: summary.notified,
          defer: summary.deferred,
          resolve: summary.resolved,
        };
        (await this.evaluatePolicy(policy, now, outcomesOf)).forEach((a) => list[a.type].push(a.escalation));
      } catch (err) {
        summary.errors.push({ policy: policy.id, message: errorMessage(err) });
      }
    }
    const inForce = new Set(policies.map((p) => p.id));
    const orphans = (await unresolvedEscalations(this.deps.db)).filter((e) => !inForce.has(e.policy));
    for (const e of orphans) {
      await this.closeOrphan(e, now);
      summary.resolved.push(e.id);
    }
    return summary;
  }

  private async evaluatePolicy(
    policy: EscalationPolicyVersion,
    now: number,
    outcomesOf: (kpi: string, count: number) => Promise<KpiOutcomesResult | null>
  ): Promise<EscalationAction[]> {
    const ids = await this.deps.select(policy.spec.select, now);
    const results = (await Promise.all(ids.map((kpi) => outcomesOf(kpi, outcomeCount(policy.spec))))).filter(
      (r): r is KpiOutcomesResult => r !== null
    );
    const docs = new Map(results.map((r) => [r.outcomes.kpi, r.doc]));
    const before = await escalationsForEvaluation(this.deps.db, policy.id);
    const actions = evaluate({
      policy,
      kpis: results.map((r) => r.outcomes),
      escalations: before,
      now,
      timeZone: this.deps.timeZone,
    });
    if (actions.length === 0) {
      return actions;
    }
    const after = applyActions(before, actions, now) as StoredEscalation[];
    const touched = new Set(actions.map((a) => a.escalation));
    const deliveries: Delivery[] = [];
    const kpiDoc = async (kpi: string) => docs.get(kpi) ?? (await currentKpi(this.deps.registry, kpi));
    for (const e of after.filter((x) => touched.has(x.id))) {
      const doc = await kpiDoc(e.kpi);
      e.owner ??= doc?.spec.owner ?? '';
      if (doc === null) {
        continue;
      }
      deliveries.push(...actionDeliveries(e, actions, { policy, kpi: doc, grafanaUrl: this.deps.grafanaUrl }, now));
    }
    await this.persist(
      after.filter((x) => touched.has(x.id)),
      deliveries
    );
    return actions;
  }

  /** Escalations and the notices they owe in one transaction (the outbox); the worker sends after the commit. */
  private async persist(escalations: readonly StoredEscalation[], deliveries: readonly Delivery[]): Promise<void> {
    await this.deps.db.transaction(async (tx) => {
      for (const e of escalations) {
        await saveEscalation(tx, e);
      }
      await insertDeliveries(tx, deliveries);
    });
    this.changed();
    if (deliveries.length > 0) {
      this.deps.enqueued?.();
    }
  }

  /** An escalation whose policy is no longer in force (retired): resolved as deselected. */
  private async closeOrphan(e: StoredEscalation, now: number): Promise<void> {
    const action: EscalationAction = {
      type: 'resolve',
      escalation: e.id,
      kpi: e.kpi,
      reason: 'deselected',
      periods: [],
    };
    await this.commit(e, [action], now, 'resolved');
  }

  /** Saves the escalation after `actions` and queues the notice for `reason` to every level reached. */
  private async commit(
    e: StoredEscalation,
    actions: EscalationAction[],
    now: number,
    reason: 'acknowledged' | 'resolved',
    edit: (next: StoredEscalation) => StoredEscalation = (x) => x
  ): Promise<StoredEscalation> {
    const [applied] = applyActions([e], actions, now) as StoredEscalation[];
    const next = edit(applied ?? e);
    const policy = await policyVersion(this.deps.registry, next.policy, next.policyVersion);
    const doc = await currentKpi(this.deps.registry, next.kpi);
    const deliveries =
      policy === null || doc === null
        ? []
        : closingDeliveries(next, reason, { policy, kpi: doc, grafanaUrl: this.deps.grafanaUrl }, now);
    await this.persist([next], deliveries);
    return next;
  }

  private async mustFind(id: string): Promise<StoredEscalation> {
    const e = await findEscalation(this.deps.db, id);
    if (e === null) {
      throw new RegistryError('not_found', `escalation ${id} does not exist`);
    }
    return e;
  }

  /** The escalation, unless it is already resolved (409). */
  private async unresolvedOne(id: string): Promise<StoredEscalation> {
    const e = await this.mustFind(id);
    if (e.resolvedAt !== undefined) {
      throw new RegistryError(
        'conflict',
        `escalation ${id} is already resolved (${e.resolution?.reason ?? 'resolved'})`
      );
    }
    return e;
  }

  /** Stops level notifications; the escalation still resolves on recovery. */
  acknowledge(id: string, actor: Actor, note: string | undefined): Promise<EscalationView> {
    return this.serial(async () => {
      const e = await this.unresolvedOne(id);
      if (e.acknowledgedAt !== undefined) {
        throw new RegistryError(
          'conflict',
          `escalation ${id} was already acknowledged by ${e.acknowledgedBy ?? 'someone'} at ${new Date(e.acknowledgedAt).toISOString()}`
        );
      }
      const now = this.deps.now();
      const [acked] = acknowledgeOf([e], id, now) as StoredEscalation[];
      const trimmed = note?.trim();
      const next = await this.commit(acked ?? e, [], now, 'acknowledged', (x) => ({
        ...x,
        acknowledgedBy: actor.name,
        ...(trimmed ? { acknowledgeNote: trimmed } : {}),
      }));
      return this.view(next);
    });
  }

  /** Closes an escalation by hand; it reopens only on a breach that includes a period after the newest seen now. */
  resolve(id: string, actor: Actor, note: string): Promise<EscalationView> {
    return this.serial(async () => {
      const e = await this.unresolvedOne(id);
      const now = this.deps.now();
      const latest = await this.deps.outcomes(e.kpi, 1, now).catch(() => null);
      const through = latest?.outcomes.periods.at(-1)?.period ?? e.breach.through;
      const action: EscalationAction = {
        type: 'resolve',
        escalation: id,
        kpi: e.kpi,
        reason: 'manual',
        periods: [],
        through,
      };
      const next = await this.commit(e, [action], now, 'resolved', (x) => ({
        ...x,
        resolvedBy: actor.name,
        resolveNote: note.trim(),
      }));
      return this.view(next);
    });
  }

  async list(filter: EscalationFilter): Promise<EscalationView[]> {
    const rows = await listEscalations(this.deps.db, filter);
    const names = new Names(this.deps.registry);
    return Promise.all(rows.map((e) => viewOf(e, names)));
  }

  async get(id: string): Promise<EscalationView> {
    const e = await this.mustFind(id);
    return viewOf(e, new Names(this.deps.registry), await deliveriesOf(this.deps.db, id));
  }

  private view(e: StoredEscalation): Promise<EscalationView> {
    return viewOf(e, new Names(this.deps.registry));
  }

  /** Unresolved escalations, for /metrics. */
  unresolved(): Promise<StoredEscalation[]> {
    return unresolvedEscalations(this.deps.db);
  }

  /** When an unacknowledged escalation next owes a notification (a level's wait, re-notify, quiet hours' end). */
  async nextDue(): Promise<number | null> {
    return nextDueOf(await unresolvedEscalations(this.deps.db), this.deps.registry);
  }
}
