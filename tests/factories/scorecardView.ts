// Scorecard view models for component tests: the four classic perspectives, or n KPIs spread over them.
import { rollup, scoreKpi, type Status } from '../../core';
import {
  type KpiView,
  type ObjectiveView,
  type PerspectiveView,
  type ScorecardView,
} from '../../panels/balanced-scorecard/data/model';

interface KpiSpec {
  name: string;
  value: number | null;
  target?: number;
  redFlag?: number;
  goal?: number;
}

export function kpiView(spec: KpiSpec, key = spec.name): KpiView {
  const goal = spec.goal ?? spec.target ?? 100;
  const redFlag = spec.redFlag ?? goal * 0.8;
  const { score, status } = scoreKpi(spec.value, { redFlag, goal, direction: 'higher-is-better' });
  const text = spec.value === null ? 'No value' : String(spec.value);
  return {
    key,
    name: spec.name,
    kpiId: null,
    value: spec.value,
    display: { text, numeric: spec.value ?? NaN },
    target: spec.target ?? null,
    targetDisplay: spec.target === undefined ? null : { text: String(spec.target), numeric: spec.target },
    redFlag,
    redFlagDisplay: { text: String(redFlag) },
    goal,
    goalDisplay: { text: String(goal) },
    unitLabel: null,
    period: null,
    valueNote: null,
    thresholdSource: spec.redFlag === undefined ? 'target' : 'fields',
    direction: 'higher-is-better',
    score,
    status,
    weight: 1,
    change: null,
    trend: null,
    details: {
      description: null,
      owner: null,
      version: null,
      indicator: null,
      unit: null,
      sample: null,
      lastUpdate: null,
    },
    flags: [],
    links: [],
  };
}

function rolled<T extends { score: number | null; weight: number }>(
  children: T[]
): { score: number | null; status: Status; coverage: number } {
  const r = rollup(children.map((c) => ({ score: c.score, weight: c.weight })));
  return { score: r.score, status: r.status, coverage: r.coverage };
}

export function objectiveView(id: string, name: string, kpis: KpiView[], causes: string[] = []): ObjectiveView {
  return { key: id, id, name, weight: 1, kpis, causes, ...rolled(kpis) };
}

export function perspectiveView(id: string, name: string, objectives: ObjectiveView[]): PerspectiveView {
  return { key: id, id, name, weight: 1, objectives, ...rolled(objectives) };
}

export function scorecardView(perspectives: PerspectiveView[]): ScorecardView {
  const kpis = perspectives.flatMap((p) => p.objectives.flatMap((o) => o.kpis));
  return {
    perspectives,
    ...rolled(perspectives),
    rollupMode: 'weighted',
    kpiCount: kpis.length,
    scoredCount: kpis.filter((k) => k.score !== null).length,
    problems: [],
    period: null,
  };
}

/** Four perspectives, one or two objectives each, with a strategy map running up from learning to financial. */
export function classicScorecard(): ScorecardView {
  return scorecardView([
    perspectiveView('financial', 'Financial', [
      objectiveView('grow-revenue', 'Grow revenue', [
        kpiView({ name: 'Revenue growth', value: 7.5, target: 8, redFlag: 2 }),
      ]),
    ]),
    perspectiveView('customer', 'Customer', [
      objectiveView(
        'delight',
        'Delight customers',
        [kpiView({ name: 'NPS', value: 38, target: 45, redFlag: 20 })],
        ['grow-revenue']
      ),
    ]),
    perspectiveView('internal-process', 'Internal process', [
      objectiveView(
        'resolve-fast',
        'Resolve issues fast',
        [kpiView({ name: 'First-contact resolution', value: 71, target: 75 })],
        ['delight']
      ),
    ]),
    perspectiveView('learning-growth', 'Learning and growth', [
      objectiveView(
        'skills',
        'Skilled teams',
        [kpiView({ name: 'Training hours', value: null, target: 24 })],
        ['resolve-fast']
      ),
    ]),
  ]);
}

/** n KPIs over the four perspectives, five KPIs per objective, values cycling through every status. */
export function largeScorecard(n: number): ScorecardView {
  const names = ['Financial', 'Customer', 'Internal process', 'Learning and growth'];
  const perspectives = names.map((name, p) => {
    const kpis = Array.from({ length: n }, (_, i) => i).filter((i) => i % 4 === p);
    const objectives: ObjectiveView[] = [];
    for (let start = 0; start < kpis.length; start += 5) {
      const views = kpis
        .slice(start, start + 5)
        .map((i) =>
          kpiView(
            { name: `KPI ${i + 1}`, value: i % 7 === 0 ? null : 60 + (i % 50), target: 100, redFlag: 70 },
            `k${i}`
          )
        );
      objectives.push(objectiveView(`${p}-${start / 5}`, `Objective ${p + 1}.${start / 5 + 1}`, views));
    }
    return perspectiveView(`p${p}`, name, objectives);
  });
  return scorecardView(perspectives);
}
