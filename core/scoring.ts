export type Direction = 'higher-is-better' | 'lower-is-better';
export type Status = 'ok' | 'warning' | 'critical' | 'no-data';

export interface ScoreThresholds {
  target?: number;
  redFlag: number;
  goal: number;
  direction: Direction;
}

export interface KpiScore {
  score: number | null;
  status: Status;
}

export const RED_FLAG_SCORE = 10 / 3;
export const GOAL_SCORE = 20 / 3;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function checkThresholds({ redFlag, goal, direction }: ScoreThresholds): void {
  if (!isNumber(redFlag) || !isNumber(goal)) {
    throw new RangeError(`thresholds must be finite numbers (redFlag=${redFlag}, goal=${goal})`);
  }
  const ordered = direction === 'higher-is-better' ? redFlag < goal : redFlag > goal;
  if (!ordered) {
    const need = direction === 'higher-is-better' ? 'below' : 'above';
    throw new RangeError(`with ${direction} the red flag (${redFlag}) must lie ${need} the goal (${goal})`);
  }
}

/** Scores a KPI value 0..10: the red flag maps to 10/3, the goal to 20/3, linear between and beyond. */
export function scoreKpi(value: number | null | undefined, thresholds: ScoreThresholds): KpiScore {
  checkThresholds(thresholds);
  if (!isNumber(value)) {
    return { score: null, status: 'no-data' };
  }
  const { redFlag, goal, direction } = thresholds;
  const raw = RED_FLAG_SCORE + ((value - redFlag) / (goal - redFlag)) * (GOAL_SCORE - RED_FLAG_SCORE);
  const better = direction === 'higher-is-better' ? 1 : -1;
  let status: Status = 'warning';
  if ((value - goal) * better >= 0) {
    status = 'ok';
  } else if ((value - redFlag) * better <= 0) {
    status = 'critical';
  }
  return { score: clamp(raw, 0, 10), status };
}

/** Status of an already computed score on the 0..10 scale. */
export function statusOfScore(score: number | null): Status {
  if (!isNumber(score)) {
    return 'no-data';
  }
  if (score >= GOAL_SCORE) {
    return 'ok';
  }
  return score > RED_FLAG_SCORE ? 'warning' : 'critical';
}
