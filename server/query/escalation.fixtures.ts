// Escalations of e.nps and e.csat around June 2026, and a fake `escalations` dep over them, for query tests.
import { sameIdentity } from '../../core/identity';
import { type StoredEscalation } from '../escalation/types';
import { type Registry } from '../registry/types';
import { type SqlDb } from '../store/sql';
import { type EscalationSource } from './escalation-source';
import { type QueryDeps } from './run-queries';

const H = 3_600_000;
export const JUNE = { from: Date.UTC(2026, 5, 1), to: Date.UTC(2026, 5, 8) };

function escalation(
  id: string,
  fields: Partial<StoredEscalation> & Pick<StoredEscalation, 'kpi' | 'owner' | 'openedAt'>
) {
  const e: StoredEscalation = {
    id,
    policy: 'p.quality',
    policyVersion: 1,
    level: 1,
    notifications: [],
    breach: {
      condition: { status: 'critical', periods: 2, of: 3 },
      periods: [
        { period: 'April 2026', status: 'critical', belowTarget: true, value: 20, target: 45 },
        { period: 'May 2026', status: 'critical', belowTarget: true, value: null, target: 45 },
      ],
      through: 'May 2026',
    },
    ...fields,
  };
  return e;
}

/** e1–e4 opened in JUNE; e0 opened before it and resolved within it; e5 opened after it. */
export const ESCALATIONS: StoredEscalation[] = [
  escalation('e0', {
    kpi: 'e.nps',
    owner: 'dana',
    openedAt: Date.UTC(2026, 4, 20),
    resolvedAt: Date.UTC(2026, 5, 2, 12),
    resolution: { reason: 'recovered', periods: [] },
  }),
  escalation('e1', {
    kpi: 'e.nps',
    owner: 'Dana',
    level: 2,
    openedAt: Date.UTC(2026, 5, 2),
    acknowledgedAt: Date.UTC(2026, 5, 2) + 600_000,
    acknowledgedBy: 'dana',
    acknowledgeNote: 'looking into it',
    resolvedAt: Date.UTC(2026, 5, 2) + H,
    resolvedBy: 'sam',
    resolveNote: 'survey fixed',
    resolution: { reason: 'manual', periods: [] },
  }),
  escalation('e2', {
    kpi: 'e.nps',
    owner: 'dana',
    openedAt: Date.UTC(2026, 5, 3),
    acknowledgedAt: Date.UTC(2026, 5, 3) + 1_800_000,
    acknowledgedBy: 'Dana',
  }),
  escalation('e3', {
    kpi: 'e.csat',
    owner: 'sam',
    level: 0,
    openedAt: Date.UTC(2026, 5, 4),
    resolvedAt: Date.UTC(2026, 5, 4) + 2 * H,
    resolution: { reason: 'recovered', periods: [] },
  }),
  escalation('e4', {
    kpi: 'e.csat',
    owner: 'DANA',
    openedAt: Date.UTC(2026, 5, 5),
    acknowledgedAt: Date.UTC(2026, 5, 5) + 120_000,
    acknowledgedBy: 'dana',
    resolvedAt: Date.UTC(2026, 5, 5) + 240_000,
    resolution: { reason: 'deselected', periods: [] },
  }),
  escalation('e5', { kpi: 'e.csat', owner: 'sam', openedAt: Date.UTC(2026, 5, 9) }),
];

/** The dep as the store answers it: opened in [from, to), of the KPI, of the owner as an identity. */
export function fakeEscalations(all: readonly StoredEscalation[] = ESCALATIONS) {
  const calls: Array<Parameters<EscalationSource>[0]> = [];
  const source: EscalationSource = async (filter) => {
    calls.push(filter);
    return all.filter(
      (e) =>
        e.openedAt >= filter.from &&
        e.openedAt < filter.to &&
        (filter.kpi === undefined || e.kpi === filter.kpi) &&
        (filter.owner === undefined || sameIdentity(e.owner, filter.owner))
    );
  };
  return { source, calls };
}

/** Query deps with no values and no check-ins, and `escalations` when given: only the escalation queries answer. */
export function escalationQueryDeps(
  registry: Registry,
  sql: SqlDb,
  escalations?: EscalationSource,
  now?: () => number
): QueryDeps {
  return {
    registry,
    engine: { computeKpi: async () => [] },
    checkIns: { add: async () => 0, list: async () => [] },
    sql,
    ...(now === undefined ? {} : { now }),
    ...(escalations === undefined ? {} : { escalations }),
  };
}
