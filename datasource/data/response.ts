import { type DataFrameJSON, type DataQueryError, type DataQueryResponse, dataFrameFromJSON } from '@grafana/data';

/** The KPI server's /api/v1/query answer: the same JSON as Grafana's /api/ds/query. */
export interface QueryApiResponse {
  results: Record<string, { frames?: DataFrameJSON[]; error?: string }>;
}

/** Frames of every refId in request order, with per-query errors kept beside their refId. */
export function toQueryResponse(body: QueryApiResponse, refIds: string[]): DataQueryResponse {
  const data = [];
  const errors: DataQueryError[] = [];
  for (const refId of refIds) {
    const result = body.results[refId];
    if (!result) {
      errors.push({ refId, message: `The KPI server returned no result for query ${refId}` });
      continue;
    }
    if (result.error) {
      errors.push({ refId, message: result.error });
    }
    for (const frame of result.frames ?? []) {
      const df = dataFrameFromJSON(frame);
      df.refId = refId;
      data.push(df);
    }
  }
  return errors.length > 0 ? { data, errors } : { data };
}
