import { sameIdentity } from '../identity';
import { readingOf, type AgreementReading } from './agreement';
import { type CriterionResult, type Cycle, type CycleResults, type CycleState } from './api';
import { type Answer } from './types';

/** The maturity report as plain text fields, rendered alike by the report page and the PDF. */
export interface MaturityReport {
  title: ReportTitle;
  stages: { previousYear: number | null; rows: StageRow[] };
  nextSteps: NextStepRow[];
  agreement: { overall: AgreementRow; byDimension: AgreementRow[] };
  people: PersonRow[];
  evidence: EvidenceRow[];
  settled: SettledRow[];
}

export interface ReportTitle {
  heading: string;
  unit: string;
  year: number;
  state: CycleState;
  /** Set unless the cycle is released: the stages may still change. */
  provisional: string | null;
  /** Label and value pairs under the heading: model, state, as-of, release. */
  facts: Array<{ label: string; value: string }>;
  /** The instant the report speaks for (released at, else the as-of day), ISO-8601. */
  issued: string;
}

export interface StageRow {
  dimension: string;
  stage: string;
  /** The stage's 1-based position among the model's stages, e.g. "2 of 3" ("0 of 3" below the first). */
  level: string;
  previous: string;
  /** "+1", "−1" (minus sign), "=" or "—" without a previous stage. */
  change: string;
}

export interface NextStepRow {
  dimension: string;
  /** The next stage's name, or null at the top stage. */
  next: string | null;
  /** "Data: next stage Managed", or "Data: at the highest stage". */
  heading: string;
  criteria: Array<{ stage: string; text: string }>;
  /** What to say instead of an empty list of criteria. */
  empty: string | null;
}

export interface AgreementRow {
  label: string;
  alpha: string;
  reading: string;
}

export interface PersonRow {
  name: string;
  role: string;
  /** "5 of 6", or "—" for a lead who is not an assessor. */
  answered: string;
  settled: number;
}

export interface EvidenceRow {
  dimension: string;
  text: string;
  figure: string;
  evidence: string;
  consensus: string;
}

export interface SettledRow {
  dimension: string;
  text: string;
  answer: string;
  note: string;
  by: string;
}

/** The sections of the report in the order both renderers show them. */
export const REPORT_SECTIONS = [
  { key: 'stages', heading: 'Stages' },
  { key: 'nextSteps', heading: 'Next steps' },
  { key: 'agreement', heading: 'Agreement between assessors' },
  { key: 'people', heading: 'Assessors and lead' },
  { key: 'evidence', heading: 'Evidence from the registry' },
  { key: 'settled', heading: 'Settled disputes' },
] as const;
export type ReportSectionKey = (typeof REPORT_SECTIONS)[number]['key'];

export const AGREEMENT_LEGEND =
  "Krippendorff's alpha: 0.800 or more is good, 0.667 to 0.800 allows tentative conclusions only, below 0.667 is low.";

const NONE = 'None';
const DASH = '—';
const STATE_NAMES: Record<CycleState, string> = { open: 'Open', calibration: 'Calibration', released: 'Released' };
const ANSWER_NAMES: Record<Answer, string> = { met: 'Met', partial: 'Partial', 'not-met': 'Not met', 'n/a': 'N/a' };
const READINGS: Record<AgreementReading, string> = {
  good: 'Good',
  tentative: 'Tentative',
  low: 'Low',
  undefined: 'Not enough answers',
};

export const signedChange = (delta: number | undefined): string =>
  delta === undefined ? DASH : delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '=';

/** Alpha to three decimals, rounded down so the shown figure and its reading never disagree at a threshold. */
export const alphaText = (alpha: number | null): string =>
  alpha === null ? DASH : (Math.floor(alpha * 1000 + 1e-9) / 1000).toFixed(3);

function consensusText(c: CriterionResult): string {
  if (c.consensus !== null) {
    return ANSWER_NAMES[c.consensus];
  }
  return c.disputed ? 'Disputed' : 'Not answered';
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function maturityReport(cycle: Cycle, results: CycleResults): MaturityReport {
  const stageName = (id: string | null) => (id === null ? NONE : (results.stages.find((s) => s.id === id)?.name ?? id));
  const dimensionName = (id: string) => results.dimensions.find((d) => d.id === id)?.name ?? id;
  const criterion = (id: string) => results.criteria.find((c) => c.id === id);
  const released = results.state === 'released';

  const stageRows = results.dimensions.map((d): StageRow => {
    const before = results.previous?.dimensions.find((p) => p.id === d.id);
    return {
      dimension: d.name,
      stage: stageName(d.stage),
      level: `${d.stageIndex} of ${results.stages.length}`,
      previous: before === undefined ? DASH : stageName(before.stage),
      change: signedChange(results.change[d.id]),
    };
  });

  const nextSteps = results.dimensions.map((d): NextStepRow => {
    const next = d.next.stage === null ? null : stageName(d.next.stage);
    const criteria = d.next.criteria.flatMap((id) => {
      const c = criterion(id);
      return c === undefined ? [] : [{ stage: stageName(c.stage), text: c.text }];
    });
    return {
      dimension: d.name,
      next,
      heading: next === null ? `${d.name}: at the highest stage` : `${d.name}: next stage ${next}`,
      criteria,
      empty: criteria.length > 0 ? null : next === null ? 'No stage above this one.' : 'Nothing left unmet.',
    };
  });

  const agreementRow = (label: string, alpha: number | null): AgreementRow => ({
    label,
    alpha: alphaText(alpha),
    reading: READINGS[readingOf(alpha)],
  });

  const settledBy = (name: string) => results.criteria.filter((c) => c.settled && sameIdentity(c.settled.by, name));
  const leadAssesses = cycle.assessors.some((a) => sameIdentity(a, cycle.lead));
  const people: PersonRow[] = cycle.assessors.map((name) => ({
    name,
    role: sameIdentity(name, cycle.lead) ? 'Lead and assessor' : 'Assessor',
    answered: `${cycle.progress[name] ?? 0} of ${cycle.criteria}`,
    settled: settledBy(name).length,
  }));
  if (!leadAssesses) {
    people.push({ name: cycle.lead, role: 'Lead', answered: DASH, settled: settledBy(cycle.lead).length });
  }

  const evidence = results.criteria.flatMap((c): EvidenceRow[] =>
    c.evidence === null
      ? []
      : [
          {
            dimension: dimensionName(c.dimension),
            text: c.text,
            figure: `${c.evidence.text}; needs ${percent(c.evidence.atLeast)}`,
            evidence: ANSWER_NAMES[c.evidence.answer],
            consensus: consensusText(c),
          },
        ]
  );

  const settled = results.criteria.flatMap((c): SettledRow[] =>
    c.settled === null
      ? []
      : [
          {
            dimension: dimensionName(c.dimension),
            text: c.text,
            answer: ANSWER_NAMES[c.settled.answer],
            note: c.settled.note ?? DASH,
            by: c.settled.by,
          },
        ]
  );

  const releaseFact =
    cycle.releasedAt === null ? 'Not released' : `${cycle.releasedAt.slice(0, 10)} by ${cycle.releasedBy ?? 'unknown'}`;
  return {
    title: {
      heading: `${results.unit}: maturity ${results.year}`,
      unit: results.unit,
      year: results.year,
      state: results.state,
      provisional: released
        ? null
        : `Provisional: this cycle is ${results.state === 'open' ? 'open' : 'in calibration'} and not released, so its stages may still change.`,
      facts: [
        { label: 'Model', value: `${results.model} v${results.modelVersion}` },
        { label: 'State', value: STATE_NAMES[results.state] },
        { label: 'Evidence as of', value: results.asOf },
        { label: 'Released', value: releaseFact },
      ],
      issued: cycle.releasedAt ?? `${results.asOf}T00:00:00.000Z`,
    },
    stages: { previousYear: results.previous?.year ?? null, rows: stageRows },
    nextSteps,
    agreement: {
      overall: agreementRow('All dimensions', results.agreement.alpha),
      byDimension: results.dimensions.map((d) => agreementRow(d.name, results.agreement.byDimension[d.id] ?? null)),
    },
    people,
    evidence,
    settled,
  };
}
