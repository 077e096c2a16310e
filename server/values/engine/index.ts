export { createValueEngine } from './engine';
export { ValueEngineError, ValueLimitError } from './errors';
export type { ValueErrorCode, ValueLimitCode } from './errors';
export { DEFAULT_LIMITS } from './limits';
export { DEFAULT_CACHE } from './cache';
export { FILTER_COLUMNS, type QueryFilter } from './filter';
export { MAX_EXPRESSION_DEPTH } from './plan';
export type {
  CacheOptions,
  ComputeOptions,
  DefinitionMode,
  KpiResult,
  ValueEngine,
  ValueEngineDeps,
  ValueLimits,
  VersionSpan,
} from './types';
