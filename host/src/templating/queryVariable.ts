// Runs a query variable through its datasource the way Grafana's variable runners choose: custom, standard, datasource or legacy.
import {
  CoreApp,
  type CustomVariableSupport,
  type DataQueryRequest,
  type DataSourceApi,
  type MetricFindValue,
  type StandardVariableSupport,
  type TimeRange,
  VariableSupportType,
} from '@grafana/data';
import type { DataQuery } from '@grafana/schema';
import { errorMessage, type QueryOutcome, runCollected } from '../query/collect';
import { toMetricFindValues, toOptions } from './metricFindValues';
import type { VariableJson, VariableOptionState } from './variables';

type Variables = DataSourceApi['variables'];

const isCustom = (v: Variables): v is CustomVariableSupport<DataSourceApi> =>
  v?.getType() === VariableSupportType.Custom && 'query' in v && 'editor' in v;
const isStandard = (v: Variables): v is StandardVariableSupport<DataSourceApi> =>
  v?.getType() === VariableSupportType.Standard && 'toDataQuery' in v;

/** The saved query as a target: an object query keeps its fields, a string becomes {query}. */
export function variableTarget(json: VariableJson): DataQuery {
  const query = json.query;
  const refId = 'variable-query';
  const fields = typeof query === 'object' && query !== null ? query : { query: query ?? '' };
  return { refId, ...fields };
}

function variableRequest(json: VariableJson, target: DataQuery, range: TimeRange): DataQueryRequest {
  return {
    requestId: `var-${json.name}`,
    app: CoreApp.Dashboard,
    timezone: '',
    range,
    rangeRaw: range.raw,
    interval: '',
    intervalMs: 0,
    targets: [target],
    scopedVars: {},
    startTime: Date.now(),
  };
}

async function findValues(json: VariableJson, ds: DataSourceApi, range: TimeRange): Promise<MetricFindValue[]> {
  const variables = ds.variables;
  const target = variableTarget(json);
  let outcome: QueryOutcome;
  if (isCustom(variables)) {
    outcome = await runCollected(() => variables.query(variableRequest(json, target, range)));
  } else if (isStandard(variables)) {
    const query = variables.toDataQuery({
      refId: target.refId,
      query: typeof json.query === 'string' ? json.query : '',
    });
    const request = variableRequest(json, { ...query, refId: target.refId }, range);
    outcome = await runCollected(() => (variables.query ? variables.query(request) : ds.query(request)));
  } else if (variables?.getType() === VariableSupportType.Datasource) {
    outcome = await runCollected(() => ds.query(variableRequest(json, target, range)));
  } else if (ds.metricFindQuery) {
    return ds.metricFindQuery(json.query, { range, variable: { name: json.name } });
  } else {
    throw new Error(`${ds.type} supports no query variables (no variables support, no metricFindQuery)`);
  }
  const failed = errorMessage(outcome.errors);
  if (failed) {
    throw new Error(failed);
  }
  return toMetricFindValues(outcome.frames);
}

export async function queryVariableOptions(
  json: VariableJson,
  ds: DataSourceApi,
  range: TimeRange
): Promise<VariableOptionState[]> {
  return toOptions(await findValues(json, ds, range), json.regex, json.sort);
}
