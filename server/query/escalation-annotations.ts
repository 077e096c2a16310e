import { CONDITION_TEXT, type PeriodOutcome } from '../../core/escalation';
import { type StoredEscalation } from '../escalation/types';
import { stateOf } from '../escalation/view';
import { type Registry } from '../registry/types';
import { type TimeRange } from '../values/types';
import { type Annotation } from './annotations';
import { escalationSource, type EscalationSource } from './escalation-source';
import { currentKpiDocs } from './kpi-docs';

function periodText(p: PeriodOutcome): string {
  const value = p.value === undefined || p.value === null ? 'no data' : String(p.value);
  return `${p.period} ${value} (${p.target === undefined ? '' : `target ${p.target}, `}${p.status})`;
}

const withNote = (what: string, note: string | undefined) => (note ? `${what}: ${note}` : what);

/** Breach condition and periods, then who acknowledged and resolved it, with their notes. */
function escalationText(e: StoredEscalation): string {
  const { condition, periods } = e.breach;
  const parts = [
    `${CONDITION_TEXT[condition.status]} in ${condition.periods} of the last ${condition.of} periods: ${periods.map(periodText).join(', ')}`,
  ];
  if (e.acknowledgedAt !== undefined) {
    parts.push(withNote(`Acknowledged by ${e.acknowledgedBy ?? 'someone'}`, e.acknowledgeNote));
  }
  if (e.resolvedAt !== undefined) {
    const reason = e.resolution?.reason ?? 'manual';
    const by = e.resolvedBy === undefined ? '' : ` by ${e.resolvedBy}`;
    parts.push(withNote(`Resolved${by} (${reason})`, e.resolveNote));
  }
  return `${parts.join('. ')}.`;
}

/** Each escalation overlapping the range as a region from opening to resolution (to now while unresolved). */
export async function escalationAnnotations(
  deps: { registry: Pick<Registry, 'get'>; escalations?: EscalationSource; now?: () => number },
  kpis: string[] | undefined,
  range: TimeRange
): Promise<Annotation[]> {
  // opened before the range ends, from the beginning: one opened long ago may still be unresolved
  const opened = await escalationSource(deps)({ from: 0, to: range.to });
  const wanted = kpis === undefined ? null : new Set(kpis);
  const shown = opened.filter(
    (e) => (wanted === null || wanted.has(e.kpi)) && (e.resolvedAt === undefined || e.resolvedAt > range.from)
  );
  const docs = await currentKpiDocs(
    deps.registry,
    shown.map((e) => e.kpi)
  );
  const now = deps.now?.() ?? Date.now();
  return shown.map((e) => {
    const state = stateOf(e);
    const stage = docs.get(e.kpi)?.spec.journeyStage;
    return {
      time: e.openedAt,
      timeEnd: e.resolvedAt ?? Math.max(now, e.openedAt),
      title: `${docs.get(e.kpi)?.spec.name ?? e.kpi}: escalation level ${e.level} (${state})`,
      text: escalationText(e),
      // the journey stage lets the funnel panel mark the stage (panels/shared/annotations)
      tags: ['escalation', e.kpi, e.policy, state, ...(stage === undefined ? [] : [stage])],
    };
  });
}
