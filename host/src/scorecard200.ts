// A generated 200-KPI scorecard in the KPI datasource's shape (server/query/scorecard-frame.ts) with a trend per KPI; shared by the browser specs and bench/scorecard-render.mjs.
import { type Direction, rollup, type RollupChild, scoreKpi } from '../../core';
import type { FrameSpec } from './api';

const DAY = 24 * 60 * 60 * 1000;
const TREND_POINTS = 13;

interface Perspective {
  id: string;
  name: string;
}

const PERSPECTIVES: Perspective[] = [
  { id: 'financial', name: 'Financial' },
  { id: 'customer', name: 'Customer' },
  { id: 'internal-process', name: 'Internal process' },
  { id: 'learning-growth', name: 'Learning and growth' },
];

export interface GeneratedScorecard {
  /** The scorecard table first, then one trend frame per KPI. */
  frames: FrameSpec[];
  kpiCount: number;
  objectiveCount: number;
  /** KPIs with a score (a value, and no insufficient sample). */
  scoredCount: number;
  /** Core's weighted roll-up over perspectives, objectives and KPIs, as the server puts it in meta.custom.score. */
  score: number | null;
  /** The last row's KPI name: the one farthest down in every view. */
  lastKpi: string;
}

interface Row {
  perspective: Perspective;
  objectiveId: string;
  objective: string;
  kpiId: string;
  kpi: string;
  value: number | null;
  previous: number | null;
  target: number;
  redFlag: number;
  direction: Direction;
  weight: number;
  flags: string;
  sample: number;
  causes: string;
}

// Deterministic spread of values 70..119 around a goal of 100: every status, some without a value or sample.
function row(perspective: Perspective, p: number, o: number, k: number, objectivesPer: number): Row {
  const i = (p * objectivesPer + o) * 5 + k;
  const direction: Direction = i % 4 === 3 ? 'lower-is-better' : 'higher-is-better';
  const raw = 70 + ((i * 37 + p * 11) % 50);
  const value = i % 23 === 22 ? null : direction === 'lower-is-better' ? 200 - raw : raw;
  const above = PERSPECTIVES[p - 1];
  return {
    perspective,
    objectiveId: `${perspective.id}.o${o + 1}`,
    objective: `${perspective.name} objective ${o + 1}`,
    kpiId: `${perspective.id}.o${o + 1}.k${k + 1}`,
    kpi: `${perspective.name} KPI ${o + 1}.${k + 1}`,
    value,
    previous: value === null ? null : value + ((i % 7) - 3),
    target: 100,
    redFlag: direction === 'higher-is-better' ? 80 : 120,
    direction,
    weight: 1 + (k % 2),
    flags: i % 31 === 30 ? 'insufficient-sample' : '',
    sample: i % 31 === 30 ? 12 : 400 + i,
    causes: above ? `${above.id}.o${o + 1}` : '',
  };
}

function trendFrame(r: Row, end: number): FrameSpec {
  const times = Array.from({ length: TREND_POINTS }, (_, j) => end - (TREND_POINTS - 1 - j) * 7 * DAY);
  const last = r.value ?? 100;
  const values = times.map((_, j) => (j === TREND_POINTS - 1 ? r.value : last + Math.sin(j + last) * 6 - j / 2));
  return {
    name: r.kpiId,
    refId: 'A',
    meta: { custom: { kpiId: r.kpiId, version: 1, definitionHash: 'generated' } },
    fields: [
      { name: 'time', type: 'time', values: times },
      {
        name: r.kpiId,
        type: 'number',
        values,
        config: { displayNameFromDS: r.kpi, unit: 'percent', custom: { kpiId: r.kpiId } },
      },
    ],
  };
}

const scoreOf = (r: Row) =>
  scoreKpi(r.flags === '' ? r.value : null, { redFlag: r.redFlag, goal: r.target, direction: r.direction });

/** Weighted roll-up of groups of children, each group itself weighted. */
function rollupOf<T>(groups: Map<string, T[]>, child: (item: T) => RollupChild, weight: (key: string) => number) {
  const scores = new Map<string, number | null>();
  for (const [key, items] of groups) {
    scores.set(key, rollup(items.map(child), 'weighted').score);
  }
  return [...scores].map(([key, score]) => ({ key, score, weight: weight(key) }));
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  }
  return groups;
}

/** 4 perspectives × `objectivesPer` objectives × 5 KPIs; trends are weekly and end at `end` (epoch ms). */
export function generateScorecard(end: number, objectivesPer = 10): GeneratedScorecard {
  const rows = PERSPECTIVES.flatMap((perspective, p) =>
    Array.from({ length: objectivesPer }, (_, o) =>
      [0, 1, 2, 3, 4].map((k) => row(perspective, p, o, k, objectivesPer))
    )
  ).flat();
  const objectives = rollupOf(
    groupBy(rows, (r) => r.objectiveId),
    (r) => ({ score: scoreOf(r).score, weight: r.weight }),
    () => 1
  );
  const byPerspective = groupBy(objectives, (o) => o.key.split('.')[0] ?? '');
  const perspectives = rollupOf(
    byPerspective,
    (o) => o,
    () => 1
  );
  const total = rollup(perspectives, 'weighted');
  const col = <T>(f: (r: Row) => T) => rows.map(f);
  const table: FrameSpec = {
    name: 'generated-200',
    refId: 'A',
    meta: { custom: { scorecardId: 'generated-200', version: 1, score: total.score, status: total.status } },
    fields: [
      { name: 'perspective', type: 'string', values: col((r) => r.perspective.name) },
      { name: 'objective', type: 'string', values: col((r) => r.objective) },
      { name: 'kpi', type: 'string', values: col((r) => r.kpi) },
      { name: 'value', type: 'number', values: col((r) => r.value) },
      { name: 'target', type: 'number', values: col((r) => r.target) },
      { name: 'redFlag', type: 'number', values: col((r) => r.redFlag) },
      { name: 'goal', type: 'number', values: col((r) => r.target) },
      { name: 'weight', type: 'number', values: col((r) => r.weight) },
      { name: 'objectiveWeight', type: 'number', values: col(() => 1) },
      { name: 'perspectiveWeight', type: 'number', values: col(() => 1) },
      { name: 'direction', type: 'string', values: col((r) => r.direction) },
      { name: 'unit', type: 'string', values: col(() => 'percent') },
      { name: 'owner', type: 'string', values: col((r) => `${r.perspective.id}-team`) },
      { name: 'kpiId', type: 'string', values: col((r) => r.kpiId) },
      { name: 'version', type: 'number', values: col(() => 1) },
      { name: 'causes', type: 'string', values: col((r) => r.causes) },
      { name: 'perspectiveId', type: 'string', values: col((r) => r.perspective.id) },
      { name: 'objectiveId', type: 'string', values: col((r) => r.objectiveId) },
      { name: 'previous', type: 'number', values: col((r) => r.previous) },
      { name: 'sample', type: 'number', values: col((r) => r.sample) },
      { name: 'flags', type: 'string', values: col((r) => r.flags) },
      { name: 'indicator', type: 'string', values: col((r) => (r.weight === 1 ? 'lagging' : 'leading')) },
      { name: 'description', type: 'string', values: col((r) => `${r.kpi}, generated for load tests`) },
      { name: 'score', type: 'number', values: col((r) => scoreOf(r).score) },
      { name: 'status', type: 'string', values: col((r) => scoreOf(r).status) },
    ],
  };
  const lastRow = rows[rows.length - 1];
  return {
    frames: [table, ...rows.map((r) => trendFrame(r, end))],
    kpiCount: rows.length,
    objectiveCount: objectives.length,
    scoredCount: rows.filter((r) => scoreOf(r).score !== null).length,
    score: total.score,
    lastKpi: lastRow?.kpi ?? '',
  };
}
