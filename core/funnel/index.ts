export { computeFunnel, funnelResult, stageTotals } from './compute';
export { FunnelOutcomes } from './outcomes';
export { funnelTotals, outcomeTotals } from './outcome-totals';
export { differs, funnelFromCounts, wilson, type FunnelCount, type FunnelStep } from './from-counts';
export { conversionJourney } from './conversion-journey';
export { funnelJourney } from './journey';
export { matches } from './match';
export type {
  CustomerFunnel,
  FunnelEvent,
  FunnelFilter,
  FunnelJourney,
  FunnelOptions,
  FunnelOrder,
  FunnelResult,
  FunnelStage,
  FunnelStageTotals,
  FunnelValue,
} from './types';
