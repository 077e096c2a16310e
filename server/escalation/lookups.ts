import { nextDueAt, type EscalationPolicyVersion } from '../../core/escalation';
import type { KpiDocument } from '../../core/schema';
import { versionInForce } from '../registry/in-force';
import type { Registry } from '../registry/types';
import type { StoredEscalation } from './types';

/** The KPI's latest definition, null when it is gone. */
export async function currentKpi(registry: Registry, kpi: string): Promise<KpiDocument | null> {
  const record = await registry.get('KPI', kpi).catch(() => null);
  return record?.document.kind === 'KPI' ? record.document : null;
}

/** One version of a policy, null when it is gone. */
export async function policyVersion(
  registry: Registry,
  id: string,
  version: number
): Promise<EscalationPolicyVersion | null> {
  const record = await registry.get('EscalationPolicy', id, { version }).catch(() => null);
  return record?.document.kind === 'EscalationPolicy' ? { id, version, spec: record.document.spec } : null;
}

/** Every policy's version in force at `now`; a policy with only proposed versions is not in force. */
export async function policiesInForce(registry: Registry, now: number): Promise<EscalationPolicyVersion[]> {
  const at = new Date(now).toISOString();
  const policies: EscalationPolicyVersion[] = [];
  for (const s of await registry.list('EscalationPolicy')) {
    const v = versionInForce(await registry.versions('EscalationPolicy', s.id), at);
    if (v?.document.kind === 'EscalationPolicy') {
      policies.push({ id: s.id, version: v.version, spec: v.document.spec });
    }
  }
  return policies;
}

/** The earliest instant one of the escalations owes a notification, each judged by its own policy version. */
export async function nextDueOf(open: readonly StoredEscalation[], registry: Registry): Promise<number | null> {
  const policies = new Map<string, Promise<EscalationPolicyVersion | null>>();
  let next: number | null = null;
  for (const e of open) {
    const key = `${e.policy}@${e.policyVersion}`;
    const policy = policies.get(key) ?? policyVersion(registry, e.policy, e.policyVersion);
    policies.set(key, policy);
    const spec = (await policy)?.spec;
    const due = spec === undefined ? null : nextDueAt(e, spec);
    if (due !== null && (next === null || due < next)) {
      next = due;
    }
  }
  return next;
}

/** Policy and KPI names and units for views, each read once per answer. */
export class Names {
  private readonly kpis = new Map<string, Promise<KpiDocument | null>>();
  private readonly policies = new Map<string, Promise<EscalationPolicyVersion | null>>();

  constructor(private readonly registry: Registry) {}

  private kpiDoc(id: string): Promise<KpiDocument | null> {
    const cached = this.kpis.get(id) ?? currentKpi(this.registry, id);
    this.kpis.set(id, cached);
    return cached;
  }

  async kpi(id: string): Promise<string> {
    return (await this.kpiDoc(id))?.spec.name ?? '';
  }

  async unit(id: string): Promise<string> {
    return (await this.kpiDoc(id))?.spec.unit ?? '';
  }

  async policy(id: string, version: number): Promise<string> {
    const key = `${id}@${version}`;
    const cached = this.policies.get(key) ?? policyVersion(this.registry, id, version);
    this.policies.set(key, cached);
    return (await cached)?.spec.name ?? '';
  }
}
