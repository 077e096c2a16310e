import { type EvidenceInput } from '../../core/maturity/evidence';
import { type Kind } from '../../core/schema';
import { type Registry, RegistryError, type VersionRecord } from '../registry';

type Kpi = EvidenceInput['kpis'][number];
type Scorecard = EvidenceInput['scorecards'][number];
type Journey = EvidenceInput['journeys'][number];

const AUDIT_PAGE = 1000;

/** Retirement times from the audit log, keyed `kind/id/version` of the version retired. */
async function retirements(registry: Registry): Promise<Map<string, string>> {
  const times = new Map<string, string>();
  for (let after = 0; ; ) {
    const page = await registry.audit({ after, limit: AUDIT_PAGE });
    for (const entry of page) {
      const version = entry.detail.approvedVersion;
      if (entry.action === 'retire' && typeof version === 'number') {
        times.set(`${entry.kind}/${entry.id}/${version}`, entry.at);
      }
    }
    const last = page[page.length - 1];
    if (last === undefined || page.length < AUDIT_PAGE) {
      return times;
    }
    after = last.seq;
  }
}

/** Reads the registry as it stood at one time; the audit log is read once, and only for a retired version. */
class RegistryAt {
  private retired: Promise<Map<string, string>> | undefined;
  readonly ms: number;

  constructor(
    readonly registry: Registry,
    readonly asOf: string
  ) {
    this.ms = Date.parse(asOf);
    if (Number.isNaN(this.ms)) {
      throw new RegistryError('invalid', `asOf must be an ISO-8601 time, got "${asOf}"`, 'asOf');
    }
  }

  /** The version in force at asOf, or null: none approved, the first took effect later, or retired by then. */
  async inForce(kind: Kind, id: string): Promise<VersionRecord | null> {
    let record: VersionRecord;
    try {
      record = await this.registry.get(kind, id, { asOf: this.asOf, effective: true });
    } catch (err) {
      if (err instanceof RegistryError && err.code === 'not_found') {
        return null;
      }
      throw err;
    }
    // the registry answers with the first approved version even before it took effect
    if (record.effectiveFrom === null || Date.parse(record.effectiveFrom) > this.ms) {
      return null;
    }
    if (record.state === 'retired') {
      this.retired ??= retirements(this.registry);
      const at = (await this.retired).get(`${kind}/${id}/${record.version}`);
      return at !== undefined && Date.parse(at) <= this.ms ? null : record;
    }
    return record;
  }

  /** True unless a newer version created by asOf was still undecided then. */
  async noneUndecided(kind: Kind, id: string, record: VersionRecord): Promise<boolean> {
    const undecided = (v: VersionRecord) => v.decidedAt === null || Date.parse(v.decidedAt) > this.ms;
    const versions = await this.registry.versions(kind, id);
    return !versions.some((v) => v.version > record.version && Date.parse(v.createdAt) <= this.ms && undecided(v));
  }

  async ids(kind: Kind): Promise<string[]> {
    return (await this.registry.list(kind, { includeRetired: true })).map((s) => s.id);
  }
}

const present = <T>(items: Array<T | null>): T[] => items.filter((item): item is T => item !== null);

async function kpiAt(at: RegistryAt, id: string): Promise<Kpi | null> {
  const record = await at.inForce('KPI', id);
  if (record === null || record.document.kind !== 'KPI') {
    return null;
  }
  return { id, spec: record.document.spec, approved: await at.noneUndecided('KPI', id, record) };
}

async function scorecardAt(at: RegistryAt, id: string): Promise<Scorecard | null> {
  const document = (await at.inForce('Scorecard', id))?.document;
  return document?.kind === 'Scorecard' ? { id, spec: document.spec } : null;
}

async function journeyAt(at: RegistryAt, id: string): Promise<Journey | null> {
  const document = (await at.inForce('Journey', id))?.document;
  return document?.kind === 'Journey' ? { id, spec: document.spec } : null;
}

const namedKpis = ({ spec }: Scorecard): string[] => [
  ...new Set(spec.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.kpis.map((k) => k.kpi)))),
];

/**
 * Every KPI, Scorecard and Journey in force at `asOf`. When `unit` names a Scorecard in force then, only that
 * scorecard and the KPIs its objectives name (journeys stay unscoped); otherwise everything.
 */
export async function loadEvidenceInput(
  registry: Registry,
  opts: { asOf: string; unit?: string }
): Promise<EvidenceInput> {
  const at = new RegistryAt(registry, opts.asOf);
  const journeys = present(await Promise.all((await at.ids('Journey')).map((id) => journeyAt(at, id))));
  const unit = opts.unit === undefined ? null : await scorecardAt(at, opts.unit);
  const scorecards = unit
    ? [unit]
    : present(await Promise.all((await at.ids('Scorecard')).map((id) => scorecardAt(at, id))));
  const kpiIds = unit ? namedKpis(unit) : await at.ids('KPI');
  const kpis = present(await Promise.all(kpiIds.map((id) => kpiAt(at, id))));
  return { kpis, scorecards, journeys };
}
