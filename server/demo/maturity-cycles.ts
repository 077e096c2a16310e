import { type AnswerEntry, type CycleResults } from '../../core/maturity/api';
import { type Answer } from '../../core/maturity/types';
import { type MaturityModelSpec } from '../../core/schema';
import { type Progress, silentProgress } from '../events/progress';
import { type MaturityTarget } from '../maturity/target/maturity-target';
import { Rng } from './prng';

/** Business units as the maturity pages show them: the SMB scorecard plus regional and segment labels. */
export const DEMO_UNITS = [
  'northwind-smb',
  'emea-enterprise',
  'na-midmarket',
  'apac-partners',
  'latam-direct',
  'dach-enterprise',
  'nordics-smb',
  'uk-public-sector',
] as const;

const PEOPLE = [
  'anna.keller', 'ben.okafor', 'chloe.martin', 'daniel.nakamura', 'elena.rossi', 'farid.haddad', 'grace.lindqvist',
  'hugo.silva', 'ines.moreau', 'jonas.weber', 'kavya.rao', 'liam.oconnor', 'maya.cohen', 'nils.berg', 'olivia.tan',
  'pedro.alves', 'quinn.murphy', 'rosa.fernandez', 'sven.larsen', 'tomasz.nowak', 'uma.iyer', 'victor.dubois',
]; // prettier-ignore

const SETTLE_NOTES = [
  'Settled in calibration after walking through the latest operating review with the KPI owners.',
  'Settled in calibration: in place for most teams, not yet for all of them.',
  'Settled in calibration against the documents the unit shared; the other reading relied on an older version.',
  'Settled in calibration: the practice exists but is not written down, so it counts as described here.',
];

export interface CyclePlan {
  id: string;
  model: string;
  unit: string;
  year: number;
  /** Past years: 30 November; the current year: absent, so the server reads it as of today. */
  asOf: string | undefined;
  assessors: string[];
  lead: string;
  /** The "true" stage index per dimension (0 = not even the lowest stage). */
  stages: Record<string, number>;
  /** The answer the lead settles a dispute with, per criterion. */
  truth: Record<string, Answer>;
  /** Each assessor's answer per criterion. */
  answers: Record<string, Record<string, Answer>>;
}

export interface PlanOptions {
  seed: string;
  /** The last of the three years. */
  year: number;
  model: { id: string; spec: MaturityModelSpec };
}

/** Fisher-Yates: a permuted copy. */
function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const [a, b] = [out[i], out[j]];
    if (a !== undefined && b !== undefined) {
      [out[i], out[j]] = [b, a];
    }
  }
  return out;
}

const clamp = (n: number, max: number): number => Math.max(0, Math.min(max, n));

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng.next() * items.length)];
  if (item === undefined) {
    throw new Error('pick needs at least one item');
  }
  return item;
}

/** The true answers of one dimension at `stage`: lower stages met, the next one short of met, higher mostly not. */
function truthOf(rng: Rng, spec: MaturityModelSpec, dimension: number, stage: number): Record<string, Answer> {
  const truth: Record<string, Answer> = {};
  const next = new Set<number>();
  for (const c of spec.dimensions[dimension]?.criteria ?? []) {
    const k = spec.stages.findIndex((s) => s.id === c.stage) + 1;
    if (k <= stage) {
      truth[c.id] = 'met';
    } else if (k === stage + 1 && !next.has(k)) {
      // one criterion of the next stage stays unmet, or the unit would already be there
      next.add(k);
      truth[c.id] = rng.chance(0.6) ? 'partial' : 'not-met';
    } else {
      const u = rng.next();
      truth[c.id] = u < 0.15 ? 'met' : u < 0.4 ? 'partial' : 'not-met';
    }
  }
  return truth;
}

const NEIGHBOURS: Record<Answer, readonly Answer[]> = {
  met: ['partial'],
  partial: ['met', 'not-met'],
  'not-met': ['partial'],
  'n/a': ['n/a'],
};

/** An assessor's reading of the truth: mostly the same, sometimes a neighbouring answer or n/a. */
function readingOf(rng: Rng, truth: Record<string, Answer>): Record<string, Answer> {
  return Object.fromEntries(
    Object.entries(truth).map(([id, answer]) => {
      const u = rng.next();
      return [id, u < 0.03 ? pick(rng, NEIGHBOURS[answer]) : u < 0.04 ? 'n/a' : answer];
    })
  );
}

/** Yearly step of a dimension: mostly up, some flat, an occasional drop. */
function step(rng: Rng): number {
  const u = rng.next();
  return u < 0.08 ? -1 : u < 0.45 ? 0 : 1;
}

/** Three years of cycles for every demo unit, oldest year first; the same seed gives the same plan. */
export function planMaturityCycles({ seed, year, model }: PlanOptions): CyclePlan[] {
  const rng = new Rng(`${seed}:maturity`);
  const top = model.spec.stages.length;
  const years = [year - 2, year - 1, year];
  const ids = model.spec.dimensions.map((d) => d.id);
  const byUnit = DEMO_UNITS.map((unit) => {
    const team = shuffled(rng, PEOPLE).slice(0, 4);
    const base = rng.int(1, 3);
    let stages = model.spec.dimensions.map(() => clamp(base + rng.int(-1, 1), top - 2));
    return years.map((y, i) => {
      if (i > 0) {
        stages = stages.map((s) => clamp(s + step(rng), top));
      }
      const assessors = team.slice(0, rng.int(2, 3));
      const lead = rng.chance(0.25) ? (team[3] ?? unit) : (assessors[0] ?? unit);
      const truth = Object.fromEntries(stages.flatMap((s, d) => Object.entries(truthOf(rng, model.spec, d, s))));
      const answers = Object.fromEntries(assessors.map((a) => [a, readingOf(rng, truth)]));
      return {
        id: `${unit}-${y}`,
        model: model.id,
        unit,
        year: y,
        // this year's cycle is read as of today, so its evidence is the registry the demo just applied
        asOf: y === year ? undefined : `${y}-11-30`,
        assessors,
        lead,
        stages: Object.fromEntries(stages.map((s, d) => [ids[d] ?? String(d), s])),
        truth,
        answers,
      };
    });
  });
  return years.flatMap((_, i) => byUnit.map((cycles) => cycles[i]).filter((c) => c !== undefined));
}

/** An assessor's body: criteria the registry answers as planned are left to it; overriding it needs a note. */
export function answerBody(
  planned: Record<string, Answer>,
  registry: CycleResults['criteria'],
  asOf: string
): Record<string, AnswerEntry> {
  const evidence = new Map(registry.flatMap((c) => (c.evidence === null ? [] : [[c.id, c.evidence] as const])));
  const body: Record<string, AnswerEntry> = {};
  for (const [id, answer] of Object.entries(planned)) {
    const figure = evidence.get(id);
    if (figure === undefined) {
      body[id] = { answer };
    } else if (figure.answer !== answer) {
      const note =
        answer === 'met'
          ? `The registry shows ${figure.text} as of ${asOf}; the unit's own KPI workbook, reviewed in the assessment, meets it.`
          : `The registry figure (${figure.text}) counts definitions the unit has not adopted in practice yet.`;
      body[id] = { answer, note };
    }
  }
  return body;
}

export interface MaturityOutcome {
  /** Cycles created and released now; cycles already there (left alone). */
  added: number;
  existing: number;
  ms: number;
}

/** Creates, answers, settles and releases every planned cycle not yet there, oldest year first. */
export async function addMaturityCycles(
  target: MaturityTarget,
  plans: readonly CyclePlan[],
  progress: Progress = silentProgress
): Promise<MaturityOutcome> {
  const started = performance.now();
  const there = await target.listCycles({ model: plans[0]?.model });
  const exists = (p: CyclePlan) => there.some((c) => c.id === p.id || (c.unit === p.unit && c.year === p.year));
  const todo = plans.filter((p) => !exists(p));
  progress.start(todo.length);
  try {
    for (const [i, plan] of todo.entries()) {
      await runCycle(target, plan);
      progress.update(i + 1);
    }
  } finally {
    progress.stop();
  }
  return { added: todo.length, existing: plans.length - todo.length, ms: performance.now() - started };
}

async function runCycle(target: MaturityTarget, plan: CyclePlan): Promise<void> {
  const { id, model, unit, year, asOf, assessors, lead } = plan;
  const created = await target.createCycle({
    id,
    model,
    unit,
    year,
    assessors,
    lead,
    ...(asOf === undefined ? {} : { asOf }),
  });
  const opened = await target.results(id);
  for (const assessor of assessors) {
    const answers = answerBody(plan.answers[assessor] ?? {}, opened.criteria, created.asOf);
    if (Object.keys(answers).length > 0) {
      await target.answer(id, assessor, { answers });
    }
  }
  const { disputed } = await target.results(id);
  if (disputed.length > 0) {
    const note = (i: number) => SETTLE_NOTES[i % SETTLE_NOTES.length];
    const settled = disputed.map((c, i) => [c, { answer: plan.truth[c] ?? 'not-met', note: note(i) }]);
    await target.settle(id, { answers: Object.fromEntries(settled) });
  }
  await target.release(id);
}
