import { HttpError } from '../http/http-error';
import { safeMessage } from '../http/safe-message';
import { RegistryError } from '../registry/types';
import { ValueEngineError } from '../values/engine/errors';
import { QueryTimeoutError } from '../values/sources/timeout';
import { QueryError } from './types';

export interface FailedQuery {
  frames: [];
  error: string;
  status: number;
}

const REGISTRY_STATUS: Readonly<Record<RegistryError['code'], number>> = {
  not_found: 404,
  invalid: 400,
  forbidden: 403,
  conflict: 409,
  frozen: 423,
};

// RangeErrors of the runtime itself are server faults; the others are the definition's (core/scoring.ts).
const RUNTIME_LIMIT = /call stack|invalid (typed )?(array|string) length|out of memory/i;

function failed(status: number, error: string): FailedQuery {
  return { frames: [], error, status };
}

/** Whatever one query throws becomes its own result (status + message beside its refId); never rethrown. */
export function queryFailure(err: unknown): FailedQuery {
  if (err instanceof QueryError) {
    return failed(err.status, err.message);
  }
  if (err instanceof RegistryError) {
    return failed(REGISTRY_STATUS[err.code], err.message);
  }
  if (err instanceof ValueEngineError) {
    return failed(err.code === 'time-budget' ? 503 : 400, err.message);
  }
  if (err instanceof HttpError) {
    return failed(err.statusCode, safeMessage(err));
  }
  if (err instanceof QueryTimeoutError) {
    return failed(503, err.message);
  }
  if (err instanceof RangeError && !RUNTIME_LIMIT.test(err.message)) {
    return failed(400, safeMessage(err));
  }
  return failed(500, `the query failed: ${safeMessage(err)}`);
}
