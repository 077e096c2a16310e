// Resolves a dashboard's variables in list order (later ones may use earlier ones), as Grafana does on load.
import type { TimeRange } from '@grafana/data';
import { getDataSourceSrv } from '@grafana/runtime';
import type { HostTemplateSrv } from '../services/templateSrv';
import { queryVariableOptions } from './queryVariable';
import {
  isStaticType,
  overriddenCurrent,
  savedCurrent,
  staticOptions,
  type VariableJson,
  type VariableOptionState,
} from './variables';

export type VariableOverrides = Record<string, string | string[]>;

async function options(json: VariableJson, srv: HostTemplateSrv, range: TimeRange): Promise<VariableOptionState[]> {
  if (isStaticType(json.type)) {
    // Custom values may themselves contain variables.
    const query = typeof json.query === 'string' && json.type === 'custom' ? srv.replace(json.query) : json.query;
    return staticOptions({ ...json, query });
  }
  if (json.type === 'query') {
    return queryVariableOptions(json, await getDataSourceSrv().get(json.datasource ?? null), range);
  }
  throw new Error(`variables of type "${json.type}" are not supported by the host`);
}

export async function initVariables(
  list: VariableJson[],
  overrides: VariableOverrides,
  srv: HostTemplateSrv,
  range: TimeRange
): Promise<void> {
  for (const json of list) {
    let found: VariableOptionState[] = [];
    let error: string | undefined;
    try {
      found = await options(json, srv, range);
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
    }
    const override = overrides[json.name];
    const current = override === undefined ? savedCurrent(json, found) : overriddenCurrent(json, found, override);
    srv.setVariable({ json, options: found, current, error });
  }
}
