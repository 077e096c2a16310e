import {
  acknowledge as acknowledgeOf,
  applyActions,
  evaluate,
  type EscalationAction,
  type EscalationPolicyVersion,
  type KpiOutcomes,
} from '../../core/escalation';
import type { EscalationView, EvaluationSummary } from '../../core/escalation/api';
import { stableHash } from '../../core/escalation/hash';
import type { EscalationSelect } from '../../core/escalation/policy';
import type { KpiDocument } from '../../core/schema';
import { errorMessage } from '../error-message';
import { versionInForce } from '../registry/in-force';
import { type Actor, type Registry, RegistryError } from '../registry/types';
import type { SqlDb } from '../store/sql';
import { nextDueAt } from './due';
import { deliveriesOf as newDeliveries, noticeOf, receiversUpTo } from './notice';
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

const DEFAULT_RECOVER_OF = 1;
const countOf = (p: EscalationPolicyVersion) => Math.max(p.spec.when.of, p.spec.recover?.of ?? DEFAULT_RECOVER_OF);

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

  private async policiesInForce(now: number): Promise<EscalationPolicyVersion[]> {
    const at = new Date(now).toISOString();
    const policies: EscalationPolicyVersion[] = [];
    for (const s of await this.deps.registry.list('EscalationPolicy')) {
      const v = versionInForce(await this.deps.registry.versions('EscalationPolicy', s.id), at);
      if (v?.document.kind === 'EscalationPolicy') {
        policies.push({ id: s.id, version: v.version, spec: v.document.spec });
      }
    }
    return policies;
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
    const policies = await this.policiesInForce(now);
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
        const actions = await this.evaluatePolicy(policy, now, outcomesOf);
        for (const a of actions) {
          const list = {
            open: summary.opened,
            notify: summary.notified,
            defer: summary.deferred,
            resolve: summary.resolved,
          };
          list[a.type].push(a.escalation);
        }
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
    const results = (await Promise.all(ids.map((kpi) => outcomesOf(kpi, countOf(policy))))).filter(
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
    const kpiDoc = async (kpi: string) => docs.get(kpi) ?? (await this.currentKpi(kpi));
    for (const e of after.filter((x) => touched.has(x.id))) {
      const doc = await kpiDoc(e.kpi);
      e.owner ??= doc?.spec.owner ?? '';
      if (doc === null) {
        continue;
      }
      const ctx = { policy, kpi: doc, grafanaUrl: this.deps.grafanaUrl };
      for (const a of actions.filter((x) => x.escalation === e.id)) {
        if (a.type === 'notify') {
          deliveries.push(...newDeliveries(noticeOf(e, a.reason, a.level, a.idempotencyKey, ctx), a.receivers, now));
        } else if (a.type === 'resolve' && e.level > 0) {
          const notice = noticeOf(e, 'resolved', e.level, stableHash(`${e.id}|resolved`), ctx);
          deliveries.push(...newDeliveries(notice, receiversUpTo(policy.spec, e.level), now));
        }
      }
    }
    await this.deps.db.transaction(async (tx) => {
      for (const e of after.filter((x) => touched.has(x.id))) {
        await saveEscalation(tx, e);
      }
      await insertDeliveries(tx, deliveries);
    });
    this.changed();
    if (deliveries.length > 0) {
      this.deps.enqueued?.();
    }
    return actions;
  }

  private async currentKpi(kpi: string): Promise<KpiDocument | null> {
    const record = await this.deps.registry.get('KPI', kpi).catch(() => null);
    return record?.document.kind === 'KPI' ? record.document : null;
  }

  private async policyVersion(id: string, version: number): Promise<EscalationPolicyVersion | null> {
    const record = await this.deps.registry.get('EscalationPolicy', id, { version }).catch(() => null);
    return record?.document.kind === 'EscalationPolicy' ? { id, version, spec: record.document.spec } : null;
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
    const policy = await this.policyVersion(next.policy, next.policyVersion);
    const doc = await this.currentKpi(next.kpi);
    const deliveries =
      policy === null || doc === null || next.level === 0
        ? []
        : newDeliveries(
            noticeOf(next, reason, next.level, stableHash(`${next.id}|${reason}`), {
              policy,
              kpi: doc,
              grafanaUrl: this.deps.grafanaUrl,
            }),
            receiversUpTo(policy.spec, next.level),
            now
          );
    await this.deps.db.transaction(async (tx) => {
      await saveEscalation(tx, next);
      await insertDeliveries(tx, deliveries);
    });
    this.changed();
    if (deliveries.length > 0) {
      this.deps.enqueued?.();
    }
    return next;
  }

  private async mustFind(id: string): Promise<StoredEscalation> {
    const e = await findEscalation(this.deps.db, id);
    if (e === null) {
      throw new RegistryError('not_found', `escalation ${id} does not exist`);
    }
    return e;
  }

  /** Stops level notifications; the escalation still resolves on recovery. */
  acknowledge(id: string, actor: Actor, note: string | undefined): Promise<EscalationView> {
    return this.serial(async () => {
      const e = await this.mustFind(id);
      if (e.resolvedAt !== undefined) {
        throw new RegistryError(
          'conflict',
          `escalation ${id} is already resolved (${e.resolution?.reason ?? 'resolved'})`
        );
      }
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
      const e = await this.mustFind(id);
      if (e.resolvedAt !== undefined) {
        throw new RegistryError(
          'conflict',
          `escalation ${id} is already resolved (${e.resolution?.reason ?? 'resolved'})`
        );
      }
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

  /** Escalations overlapping [from, to): opened before `to` and not resolved before `from`. */
  async overlapping(filter: { from: number; to: number; kpi?: string; owner?: string }): Promise<StoredEscalation[]> {
    const rows = await listEscalations(this.deps.db, {
      to: filter.to,
      ...(filter.kpi === undefined ? {} : { kpi: filter.kpi }),
      ...(filter.owner === undefined ? {} : { owner: filter.owner }),
    });
    return rows.filter((e) => e.resolvedAt === undefined || e.resolvedAt >= filter.from);
  }

  /** When an unacknowledged escalation next owes a notification (a level's wait, re-notify, quiet hours' end). */
  async nextDue(): Promise<number | null> {
    const open = await unresolvedEscalations(this.deps.db);
    const policies = new Map<string, EscalationPolicyVersion | null>();
    const specOf = async (e: StoredEscalation) => {
      const key = `${e.policy}@${e.policyVersion}`;
      if (!policies.has(key)) {
        policies.set(key, await this.policyVersion(e.policy, e.policyVersion));
      }
      return policies.get(key) ?? null;
    };
    let next: number | null = null;
    for (const e of open) {
      const policy = await specOf(e);
      const due = policy === null ? null : nextDueAt(e, policy.spec);
      if (due !== null && (next === null || due < next)) {
        next = due;
      }
    }
    return next;
  }
}

/** Policy and KPI names for views, each looked up once per answer. */
export class Names {
  private readonly cache = new Map<string, Promise<string>>();

  constructor(private readonly registry: Registry) {}

  private name(key: string, load: () => Promise<string>): Promise<string> {
    const cached = this.cache.get(key) ?? load().catch(() => '');
    this.cache.set(key, cached);
    return cached;
  }

  kpi(id: string): Promise<string> {
    return this.name(`KPI|${id}`, async () => {
      const r = await this.registry.get('KPI', id);
      return r.document.kind === 'KPI' ? r.document.spec.name : id;
    });
  }

  unit(id: string): Promise<string> {
    return this.name(`KPI-unit|${id}`, async () => {
      const r = await this.registry.get('KPI', id);
      return r.document.kind === 'KPI' ? r.document.spec.unit : '';
    });
  }

  policy(id: string, version: number): Promise<string> {
    return this.name(`EscalationPolicy|${id}|${version}`, async () => {
      const r = await this.registry.get('EscalationPolicy', id, { version });
      return r.document.kind === 'EscalationPolicy' ? r.document.spec.name : id;
    });
  }
}
