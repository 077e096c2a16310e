import { ValueEngineError, ValueLimitError } from './errors';
import { type ComputeOptions, type ValueLimits } from './types';

const DAY = 86_400_000;

export const DEFAULT_LIMITS: ValueLimits = {
  maxPointsPerSeries: 5000,
  // five calendar years may hold two leap days
  maxRangeMs: 5 * 366 * DAY,
  maxSeries: 200,
  timeBudgetMs: 20_000,
};

function checkDefinition(definition: ComputeOptions['definition']): void {
  if (definition === undefined || definition === 'effective' || definition === 'current') {
    return;
  }
  if ('version' in definition && !(Number.isInteger(definition.version) && definition.version > 0)) {
    throw new ValueEngineError(
      'invalid-request',
      `definition.version must be a positive integer, got ${definition.version}`
    );
  }
  if ('asOf' in definition && Number.isNaN(Date.parse(definition.asOf))) {
    throw new ValueEngineError('invalid-request', `definition.asOf must be an ISO-8601 time, got "${definition.asOf}"`);
  }
}

/** Checks the range, interval and definition against the limits. */
export function checkRequest(opts: ComputeOptions, limits: ValueLimits): void {
  const { range, intervalMs } = opts;
  if (!Number.isFinite(range.from) || !Number.isFinite(range.to) || range.from >= range.to) {
    throw new ValueEngineError('invalid-request', `the range must have from < to, got ${range.from} … ${range.to}`);
  }
  if (!Number.isSafeInteger(intervalMs) || intervalMs <= 0) {
    throw new ValueEngineError(
      'invalid-request',
      `the interval must be a positive whole number of ms, got ${intervalMs}`
    );
  }
  if (opts.alignMs !== undefined && !Number.isSafeInteger(opts.alignMs)) {
    throw new ValueEngineError('invalid-request', `alignMs must be whole epoch milliseconds, got ${opts.alignMs}`);
  }
  if (range.to - range.from > limits.maxRangeMs) {
    const days = Math.round(limits.maxRangeMs / DAY);
    throw new ValueLimitError('range-too-long', `the range is longer than ${days} days (5 years): shorten it`);
  }
  // estimated before calendar buckets are built; checkPoints counts them once they are
  checkPoints(opts.grid?.starts.length ?? Math.ceil((range.to - range.from) / intervalMs), limits);
  checkDefinition(opts.definition);
}

export function checkPoints(points: number, limits: ValueLimits): void {
  if (points > limits.maxPointsPerSeries) {
    throw new ValueLimitError(
      'too-many-points',
      `${points} buckets exceed the limit of ${limits.maxPointsPerSeries} points per series: use a longer interval or a shorter range`
    );
  }
}

export function checkSeriesCount(kpiId: string, count: number, limits: ValueLimits): void {
  if (count > limits.maxSeries) {
    throw new ValueLimitError(
      'too-many-series',
      `KPI ${kpiId} splits into ${count} series, more than the limit of ${limits.maxSeries}: break down by a column with fewer values`
    );
  }
}

/** Settles like `work`, or rejects with a time-budget error after `ms` and aborts the work's statements. */
export function withTimeBudget<T>(work: Promise<T>, ms: number, kpiId: string, budget?: AbortController): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      const took = ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
      const error = new ValueLimitError(
        'time-budget',
        `computing KPI ${kpiId} took longer than ${took}: use a shorter range or a longer interval`
      );
      budget?.abort(error);
      reject(error);
    }, ms);
    timer.unref();
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      }
    );
  });
}
