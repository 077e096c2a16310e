export { scoreKpi, statusOfScore, isNumber, RED_FLAG_SCORE, GOAL_SCORE } from './scoring';
export type { Direction, Status, ScoreThresholds, KpiScore } from './scoring';
export { rollup } from './rollup';
export type { RollupMode, RollupChild, Rollup } from './rollup';
