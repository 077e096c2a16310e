export { scoreKpi, statusOfScore, isNumber, RED_FLAG_SCORE, GOAL_SCORE } from './scoring';
export type { Direction, Status, ScoreThresholds, KpiScore } from './scoring';
export { rollup } from './rollup';
export type { RollupMode, RollupChild, Rollup } from './rollup';
export {
  parseExpression,
  evaluateExpression,
  expressionInputs,
  ExpressionSyntaxError,
  UnknownInputError,
  FUNCTION_NAMES,
} from './expression';
export type { ExprNode, ExpressionResult, InputValues } from './expression';
export { canonicalJson, CanonicalJsonError } from './canonical';
export { diffDocuments } from './diff';
export type { FieldChange } from './diff';
export { checkBundle } from './validate';
export type { Problem, Path, KnownResource } from './validate';
export {
  periodOf,
  periodsUpTo,
  lastCompletePeriod,
  periodToDate,
  periodLabel,
  checkTimeZone,
  TimeZoneError,
  intervalGrid,
} from './periods';
export type { PeriodSpan, BucketGrid } from './periods';
export { isSubsetRatio, subsetRatioGap, type RatioFilters, type RateFilter } from './rates';
export { computeFunnel, funnelFromCounts, wilson } from './funnel';
export type { FunnelEvent, FunnelJourney, FunnelResult, FunnelStep, FunnelCount } from './funnel';
export {
  assessDimension,
  assessModel,
  nextSteps,
  stageIndex,
  consensusOf,
  settle,
  disputedIds,
  agreement,
  agreementOfAnswers,
  readingOf,
  stageChange,
  benchmarkStages,
  benchmarkValues,
  rankAgainst,
  ANSWERS,
  RATED_ANSWERS,
} from './maturity';
export type {
  Answer,
  AnswerMap,
  CriterionConsensus,
  DimensionStages,
  MaturityStage,
  MaturityCriterion,
  MaturityDimension,
  NextSteps,
  AgreementReading,
  StageBenchmark,
  ValueBenchmark,
} from './maturity';
export * from './escalation';
