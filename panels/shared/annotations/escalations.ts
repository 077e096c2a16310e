import { type PanelAnnotation } from './read';

export const ESCALATION_STATES = ['open', 'acknowledged', 'resolved'] as const;
export type EscalationState = (typeof ESCALATION_STATES)[number];

/** An escalation the KPI datasource sent as an annotation. */
export interface EscalationMark {
  kpiId: string;
  policyId: string | null;
  /** The KPI's name as the title gives it ("NPS: escalation level 2 (open)" → "NPS"). */
  kpiName: string | null;
  level: number | null;
  state: EscalationState;
  /** Opened, epoch ms. */
  time: number;
  /** Resolved, epoch ms; null while unresolved. */
  timeEnd: number | null;
  title: string;
  text: string;
  tags: string[];
}

const TAG = 'escalation';
const TITLE = /^(.*?):\s*escalation level (\d+)(?:\s*\((open|acknowledged|resolved)\))?/i;

const stateOf = (value: string | undefined): EscalationState | undefined =>
  ESCALATION_STATES.find((s) => s === value?.toLowerCase());

/**
 * Contract with the KPI datasource: tags ['escalation', kpiId, policyId, state, …stage ids], title
 * "<KPI name>: escalation level n (<state>)", time = opened, timeEnd = resolved or null. Null for other annotations.
 */
export function escalationOf(annotation: PanelAnnotation): EscalationMark | null {
  const [tag, kpiId, policyId] = annotation.tags;
  if (tag?.toLowerCase() !== TAG || !kpiId) {
    return null;
  }
  const title = TITLE.exec(annotation.title);
  const state =
    annotation.tags.map(stateOf).find((s) => s !== undefined) ??
    stateOf(title?.[3]) ??
    (annotation.timeEnd === null ? 'open' : 'resolved');
  const name = title?.[1]?.trim();
  return {
    kpiId,
    policyId: policyId && !stateOf(policyId) ? policyId : null,
    kpiName: name ? name : null,
    level: title?.[2] ? Number(title[2]) : null,
    state,
    time: annotation.time,
    timeEnd: annotation.timeEnd !== null && annotation.timeEnd >= annotation.time ? annotation.timeEnd : null,
    title: annotation.title,
    text: annotation.text,
    tags: annotation.tags,
  };
}

/** An escalation overlaps [from, to] when it opened by `to` and was unresolved at `from` or later. */
const overlaps = (mark: EscalationMark, range: { from: number; to: number }) =>
  mark.time <= range.to && (mark.timeEnd === null || mark.timeEnd >= range.from);

/** Per KPI id the latest-opened escalation overlapping the time range; other annotations are ignored. */
export function escalationsByKpi(
  annotations: PanelAnnotation[],
  range: { from: number; to: number }
): Map<string, EscalationMark> {
  const byKpi = new Map<string, EscalationMark>();
  for (const annotation of annotations) {
    const mark = escalationOf(annotation);
    if (!mark || !overlaps(mark, range)) {
      continue;
    }
    const known = byKpi.get(mark.kpiId);
    if (!known || mark.time >= known.time) {
      byKpi.set(mark.kpiId, mark);
    }
  }
  return byKpi;
}

/** A KPI's escalation by its id, else by its name against the title's KPI name (as trends are matched). */
export function escalationForKpi(
  marks: Map<string, EscalationMark>,
  kpiId: string | null,
  name: string
): EscalationMark | null {
  const byId = kpiId ? marks.get(kpiId) : undefined;
  if (byId) {
    return byId;
  }
  const wanted = name.toLowerCase();
  let found: EscalationMark | null = null;
  for (const mark of marks.values()) {
    if (mark.kpiName?.toLowerCase() === wanted && (!found || mark.time > found.time)) {
      found = mark;
    }
  }
  return found;
}

const URGENCY: Record<EscalationState, number> = { open: 0, acknowledged: 1, resolved: 2 };

/** The most pressing escalation (open, then acknowledged, then latest) among those tagged with the stage or its KPIs. */
export function escalationForStage(
  marks: Map<string, EscalationMark>,
  stageKey: string,
  kpiIds: string[]
): EscalationMark | null {
  let found: EscalationMark | null = null;
  for (const mark of marks.values()) {
    const matches = kpiIds.includes(mark.kpiId) || mark.tags.slice(1).includes(stageKey);
    if (!matches) {
      continue;
    }
    if (
      !found ||
      URGENCY[mark.state] < URGENCY[found.state] ||
      (URGENCY[mark.state] === URGENCY[found.state] && mark.time > found.time)
    ) {
      found = mark;
    }
  }
  return found;
}
