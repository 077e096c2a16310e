import {
  type DataFrame,
  type DataFrameJSON,
  type DataQueryError,
  type DataQueryResponse,
  dataFrameFromJSON,
} from '@grafana/data';
import { describeStatus } from './errors';

/** The KPI server's /api/v1/query answer: the same JSON as Grafana's /api/ds/query, plus each error's status. */
export interface QueryApiResponse {
  results: Record<string, { frames?: DataFrameJSON[]; error?: string; status?: number }>;
}

/** One query as sent to the server: its own refId there, the panel query it came from, and what tells it apart. */
export interface SentQuery {
  sentRefId: string;
  refId: string;
  /** Set when one panel query became several (a multi-value variable): the value this one stands for. */
  label?: string;
}

/** Frames of every sent query in order, tagged with their panel query's refId; errors beside that refId. */
export function toQueryResponse(body: QueryApiResponse, sent: SentQuery[]): DataQueryResponse {
  const data: DataFrame[] = [];
  const errors: DataQueryError[] = [];
  for (const { sentRefId, refId, label } of sent) {
    const result = body.results[sentRefId];
    const prefix = label ? `${label}: ` : '';
    if (!result) {
      errors.push({ refId, message: `${prefix}The KPI server returned no result for query ${refId}` });
      continue;
    }
    if (result.error) {
      errors.push({ refId, status: result.status, message: prefix + describeStatus(result.status, result.error) });
    }
    for (const frame of result.frames ?? []) {
      const df = dataFrameFromJSON(frame);
      df.refId = refId;
      data.push(df);
    }
  }
  return errors.length > 0 ? { data, errors } : { data };
}
