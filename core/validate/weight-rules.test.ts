import { resourceDocument, type ResourceDocument } from '../schema';
import { checkBundle } from './references';
import { weightProblems } from './weight-rules';

const manual = (id: string) =>
  resourceDocument.parse({
    apiVersion: 'scorecard/v1',
    kind: 'KPI',
    metadata: { id },
    spec: {
      name: id,
      perspective: 'financial',
      indicator: 'lagging',
      unit: 'count',
      direction: 'higher-is-better',
      target: 1,
      thresholds: { redFlag: 0, goal: 1 },
      owner: 'cfo',
      calculation: { manual: {} },
    },
  });

type Weight = number | undefined;
const weighted = (weight: Weight) => (weight === undefined ? {} : { weight });

/** How many objectives the perspectives before `index` hold: objectives are numbered across the scorecard. */
const numbered = (perspectives: Array<{ objectives: unknown[] }>, index: number) =>
  perspectives.slice(0, index).reduce((n, p) => n + p.objectives.length, 0);

/** A scorecard `corp`: per perspective its weight and, per objective `o1`, `o2`, …, its weight and its KPIs' weights. */
function scorecard(perspectives: Array<{ id: string; weight: Weight; objectives: Array<[Weight, Weight[]]> }>) {
  return resourceDocument.parse({
    apiVersion: 'scorecard/v1',
    kind: 'Scorecard',
    metadata: { id: 'corp' },
    spec: {
      name: 'Corporate',
      perspectives: perspectives.map((p, pi) => ({
        id: p.id,
        name: p.id,
        ...weighted(p.weight),
        objectives: p.objectives.map(([weight, kpiWeights], oi) => ({
          id: `o${numbered(perspectives, pi) + oi + 1}`,
          name: `Objective ${numbered(perspectives, pi) + oi + 1}`,
          ...weighted(weight),
          kpis: kpiWeights.map((k, j) => ({ kpi: ['a', 'b', 'c'][j] ?? 'a', ...weighted(k) })),
        })),
      })),
    },
  });
}

/** One perspective `financial` of weight 1 whose objectives weigh `objectiveWeights`, each with KPIs of `kpiWeights`. */
const card = (objectiveWeights: Weight[], kpiWeights: Weight[] = [0.5, 0.5]): ResourceDocument =>
  scorecard([{ id: 'financial', weight: 1, objectives: objectiveWeights.map((w) => [w, kpiWeights]) }]);

const objectives = (i: number) => ['spec', 'perspectives', 0, 'objectives', i, 'weight'];
const kpis = (o: number, i: number) => ['spec', 'perspectives', 0, 'objectives', o, 'kpis', i, 'weight'];

describe('weightProblems', () => {
  it('warns at the first weight when siblings sum to 1.5, naming the shares 0.9 / 0.3 / 0.3 are read as', () => {
    expect(weightProblems(card([0.9, 0.3, 0.3]))).toEqual([
      {
        path: objectives(0),
        severity: 'warning',
        message:
          'weights of the objectives of perspective financial sum to 1.5, not 1; they are read as shares 60% / 20% / 20%',
      },
    ]);
  });

  it('reads two weights of 1, written or left to their default, as 50% / 50%', () => {
    const expected = [
      {
        path: kpis(0, 0),
        severity: 'warning',
        message: 'weights of the KPIs of objective o1 sum to 2, not 1; they are read as shares 50% / 50%',
      },
    ];
    expect(weightProblems(card([1], [1, 1]))).toEqual(expected);
    expect(weightProblems(card([undefined], [undefined, undefined]))).toEqual(expected);
  });

  it('rounds shares to one decimal and writes sums without floating-point noise: 2, 1 → 66.7% / 33.3%', () => {
    expect(weightProblems(card([1], [2, 1])).map((p) => p.message)).toEqual([
      'weights of the KPIs of objective o1 sum to 3, not 1; they are read as shares 66.7% / 33.3%',
    ]);
    expect(weightProblems(card([1], [0.5])).map((p) => p.message)).toEqual([
      'weights of the KPIs of objective o1 sum to 0.5, not 1; they are read as shares 100%',
    ]);
    // 0.3 + 0.3 + 0.3 is 0.8999999999999999 in floating point; the message says 0.9
    expect(weightProblems(card([0.3, 0.3, 0.3])).map((p) => p.message)).toEqual([
      'weights of the objectives of perspective financial sum to 0.9, not 1; they are read as shares 33.3% / 33.3% / 33.3%',
    ]);
  });

  it('does not warn on sums that are 1 but for floating point', () => {
    expect(0.7 + 0.2 + 0.1).not.toBe(1);
    expect(0.35 + 0.3 + 0.2 + 0.15).not.toBe(1);
    expect(weightProblems(card([0.1, 0.2, 0.7], [0.7, 0.2, 0.1]))).toEqual([]);
    expect(weightProblems(card([0.35, 0.3, 0.2, 0.15], [0.6, 0.4]))).toEqual([]);
  });

  it('reports weights that are all 0 as an error: nothing could count', () => {
    expect(weightProblems(card([1], [0, 0]))).toEqual([
      {
        path: kpis(0, 0),
        message: 'weights of the KPIs of objective o1 are all 0: none of them can count towards the score',
      },
    ]);
    // one 0 among others is a choice (shown, not counted), not a problem
    expect(weightProblems(card([1], [0, 1]))).toEqual([]);
  });

  it('checks every level: perspectives of the scorecard, objectives of each perspective, KPIs of each objective', () => {
    const doc = scorecard([
      {
        id: 'financial',
        weight: 1,
        objectives: [
          [0.5, [1, 1]],
          [0.5, []],
        ],
      },
      {
        id: 'customer',
        weight: 3,
        objectives: [
          [0.2, [0.5, 0.5]],
          [0.2, [1]],
        ],
      },
    ]);
    expect(weightProblems(doc).map((p) => [p.path.join('.'), p.message])).toEqual([
      [
        'spec.perspectives.0.weight',
        'weights of the perspectives of scorecard corp sum to 4, not 1; they are read as shares 25% / 75%',
      ],
      // an objective without KPIs has no weights to sum
      [
        'spec.perspectives.0.objectives.0.kpis.0.weight',
        'weights of the KPIs of objective o1 sum to 2, not 1; they are read as shares 50% / 50%',
      ],
      [
        'spec.perspectives.1.objectives.0.weight',
        'weights of the objectives of perspective customer sum to 0.4, not 1; they are read as shares 50% / 50%',
      ],
    ]);
  });

  it('checks scorecards only', () => {
    expect(weightProblems(manual('a'))).toEqual([]);
  });
});

describe('checkBundle with weights', () => {
  it('gives weight warnings with their severity and keeps other problems errors', () => {
    const problems = checkBundle([manual('a'), manual('b'), card([0.9, 0.3, 0.3], [0.5, 0.5])]);
    expect(problems.map((p) => [p.doc, p.severity ?? 'error', p.path.join('.')])).toEqual([
      [2, 'warning', 'spec.perspectives.0.objectives.0.weight'],
    ]);
    const unknown = checkBundle([manual('a'), card([1], [0, 0])]);
    expect(unknown.map((p) => [p.severity ?? 'error', p.message])).toEqual([
      ['error', 'unknown KPI "b"'],
      ['error', 'weights of the KPIs of objective o1 are all 0: none of them can count towards the score'],
    ]);
  });
});
