// Collects what ds.query returns (a Promise or an Observable of responses) into frames and errors, as runRequest does.
import { from, type Observable, timeout } from 'rxjs';
import { type DataFrame, type DataQueryError, type DataQueryResponse, toDataFrame } from '@grafana/data';
import { toDataQueryError } from '@grafana/runtime';

export interface QueryOutcome {
  frames: DataFrame[];
  errors: DataQueryError[];
}

// Older datasources still answer with the deprecated single `error`, which Grafana reads too.
const responseErrors = (response: DataQueryResponse): DataQueryError[] =>
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  response.errors?.length ? response.errors : response.error ? [response.error] : [];

/** Packets with the same key replace each other and different keys add up (Grafana's runRequest). */
export function collectResponses(
  source: Observable<DataQueryResponse> | Promise<DataQueryResponse>,
  timeoutMs = 30_000
): Promise<QueryOutcome> {
  return new Promise((resolve) => {
    const packets = new Map<string, DataQueryResponse>();
    const thrown: DataQueryError[] = [];
    const done = () => {
      const responses = [...packets.values()];
      const frames = responses.flatMap((r) =>
        (Array.isArray(r.data) ? r.data : []).map((d: unknown) => toDataFrame(d))
      );
      resolve({ frames, errors: [...responses.flatMap(responseErrors), ...thrown] });
    };
    from(source)
      .pipe(timeout(timeoutMs))
      .subscribe({
        next: (response) => packets.set(response.key ?? 'A', response),
        error: (cause: unknown) => {
          const timedOut = cause instanceof Error && cause.name === 'TimeoutError';
          thrown.push(
            timedOut ? { message: `the query did not complete within ${timeoutMs / 1000} s` } : toDataQueryError(cause)
          );
          done();
        },
        complete: done,
      });
  });
}

/** Runs a query function, turning a synchronous throw into an error outcome as well. */
export function runCollected(
  run: () => Observable<DataQueryResponse> | Promise<DataQueryResponse>,
  timeoutMs?: number
): Promise<QueryOutcome> {
  try {
    return collectResponses(run(), timeoutMs);
  } catch (cause) {
    return Promise.resolve({ frames: [], errors: [toDataQueryError(cause)] });
  }
}

export const errorMessage = (errors: DataQueryError[]): string | undefined =>
  errors.length > 0
    ? errors.map((e) => (e.refId ? `${e.refId}: ` : '') + (e.message ?? e.data?.message ?? 'query failed')).join('\n')
    : undefined;
