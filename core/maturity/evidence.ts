import { EVIDENCE_CHECKS, type JourneySpec, type KpiSpec, PERSPECTIVES, type ScorecardSpec } from '../schema';
import { type EvidenceCheck } from './types';

/** The registry as it stood at one time, in the scope of one assessment. */
export interface EvidenceInput {
  /** `approved`: the definition in force is approved and no newer proposal was pending. */
  kpis: Array<{ id: string; spec: KpiSpec; approved: boolean }>;
  scorecards: Array<{ id: string; spec: ScorecardSpec }>;
  journeys: Array<{ id: string; spec: JourneySpec }>;
}

/** One check's result: share = numerator / denominator, null when there is nothing to measure. */
export interface EvidenceFigure {
  check: EvidenceCheck;
  share: number | null;
  numerator: number;
  denominator: number;
  /** e.g. "41 of 45 KPIs have an owner (91%)", or "no KPIs". */
  text: string;
}

interface Tally {
  numerator: number;
  denominator: number;
  /** What is counted, plural ("KPIs"). */
  noun: string;
  /** What the counted ones do ("have an owner"). */
  predicate: string;
}

type Kpi = EvidenceInput['kpis'][number];

const OWNER_PLACEHOLDERS = new Set(['', 'tbd', 'unassigned', 'none', 'n/a', '?', '-']);

const hasOwner = (owner: string): boolean => !OWNER_PLACEHOLDERS.has(owner.trim().toLowerCase());

function kpiTally(input: EvidenceInput, predicate: string, test: (kpi: Kpi) => boolean): Tally {
  const numerator = input.kpis.filter(test).length;
  return { numerator, denominator: input.kpis.length, noun: 'KPIs', predicate };
}

function targetOnGoalSide({ spec }: Kpi): boolean {
  const { redFlag } = spec.thresholds;
  return spec.direction === 'higher-is-better' ? spec.target > redFlag : spec.target < redFlag;
}

function perspectivesCovered(input: EvidenceInput): Tally {
  const named = new Set(
    input.scorecards.flatMap(({ spec }) =>
      spec.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.kpis.map((k) => k.kpi)))
    )
  );
  const onScorecards = input.scorecards.length > 0;
  const counted = onScorecards ? input.kpis.filter((k) => named.has(k.id)) : input.kpis;
  const covered = new Set(counted.map((k) => k.spec.perspective));
  return {
    numerator: PERSPECTIVES.filter((p) => covered.has(p)).length,
    denominator: PERSPECTIVES.length,
    noun: 'perspectives',
    predicate: onScorecards ? 'have a KPI on a scorecard' : 'have a KPI',
  };
}

function journeyStagesCovered(input: EvidenceInput): Tally {
  const mapped = new Set(input.kpis.map((k) => k.spec.journeyStage));
  const stages = input.journeys.flatMap((j) => j.spec.stages);
  const numerator = stages.filter((s) => s.kpis.length > 0 || mapped.has(s.id)).length;
  return { numerator, denominator: stages.length, noun: 'journey stages', predicate: 'have a KPI' };
}

function scorecardsWithCauses(input: EvidenceInput): Tally {
  const linked = input.scorecards.filter(({ spec }) =>
    spec.perspectives.some((p) => p.objectives.some((o) => o.causes.length > 0))
  );
  const predicate = 'link objectives to the objectives they drive';
  return { numerator: linked.length, denominator: input.scorecards.length, noun: 'scorecards', predicate };
}

const TALLIES: Record<EvidenceCheck, (input: EvidenceInput) => Tally> = {
  /** KPIs whose owner is neither blank nor a placeholder (tbd, unassigned, none, n/a, ?, -). */
  'kpis-with-owner': (input) => kpiTally(input, 'have an owner', (k) => hasOwner(k.spec.owner)),
  /** KPIs with non-blank assumptions. */
  'kpis-with-assumptions': (input) =>
    kpiTally(input, 'state their assumptions', (k) => (k.spec.assumptions ?? '').trim() !== ''),
  /** KPIs whose definition in force is approved with no newer proposal pending. */
  'kpis-approved': (input) => kpiTally(input, 'are approved with no change pending', (k) => k.approved),
  /** KPIs whose target lies on the goal side of the red flag (thresholds are required by the schema). */
  'kpis-with-thresholds': (input) =>
    kpiTally(input, 'have a target on the goal side of the red flag', targetOnGoalSide),
  /** KPIs that are leading indicators. */
  'kpis-leading': (input) => kpiTally(input, 'are leading indicators', (k) => k.spec.indicator === 'leading'),
  /** KPIs mapped to a journey stage. */
  'kpis-with-journey-stage': (input) =>
    kpiTally(input, 'are mapped to a journey stage', (k) => k.spec.journeyStage !== undefined),
  /** Perspectives with a KPI on a scorecard (by the KPI's perspective); with no scorecards, any KPI. */
  'perspectives-covered': perspectivesCovered,
  /** Journey stages that list a KPI or are some KPI's journeyStage. */
  'journey-stages-covered': journeyStagesCovered,
  /** Scorecards with at least one objective that lists the objectives it causes. */
  'scorecards-with-causes': scorecardsWithCauses,
};

function figure(check: EvidenceCheck, tally: Tally): EvidenceFigure {
  const { numerator, denominator, noun, predicate } = tally;
  if (denominator === 0) {
    return { check, share: null, numerator, denominator, text: `no ${noun}` };
  }
  // rounded down, so the text never overstates the share (100% means all)
  const percent = Math.floor((numerator * 100) / denominator);
  const text = `${numerator} of ${denominator} ${noun} ${predicate} (${percent}%)`;
  return { check, share: numerator / denominator, numerator, denominator, text };
}

/** Every automatic check's figure over the registry's contents. */
export function evidenceFigures(input: EvidenceInput): Record<EvidenceCheck, EvidenceFigure> {
  const entries = EVIDENCE_CHECKS.map((check) => [check, figure(check, TALLIES[check](input))] as const);
  return Object.fromEntries(entries) as Record<EvidenceCheck, EvidenceFigure>;
}

/** The registry's answer to a criterion: met when the share reaches atLeast; nothing to measure is not met. */
export function evidenceAnswer(figure: EvidenceFigure, atLeast: number): 'met' | 'not-met' {
  return figure.share !== null && figure.share >= atLeast ? 'met' : 'not-met';
}
