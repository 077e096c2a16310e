// What a dashboard variable or a built-in name stands for in an interpolation.
import { rangeUtil, type ScopedVars, type TimeRange } from '@grafana/data';
import { dataMacroValue } from './dataMacro';
import type { FormatVariable } from './formats';
import type { Lookup, Resolved } from './interpolate';
import { AUTO_VALUE, isAll, type VariableState } from './variables';

export interface DashboardScope {
  uid: string;
  title: string;
  timezone: string;
  range?: TimeRange;
}

const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);

export function variableText(state: VariableState): string {
  return isAll(state) ? 'All' : list(state.current.text).join(' + ');
}

function formatVariable(state: VariableState): FormatVariable {
  const { name, type, multi, includeAll } = state.json;
  return { name, type, multi, includeAll, text: variableText(state), urlValues: list(state.current.value) };
}

export function resolveVariable(state: VariableState, range: TimeRange | undefined): Resolved {
  const variable = formatVariable(state);
  const { json, current } = state;
  if (isAll(state)) {
    return json.allValue
      ? { value: json.allValue, variable, customAll: json.allValue }
      : { value: state.options.map((o) => o.value), variable };
  }
  if (json.type === 'interval' && current.value === AUTO_VALUE && range) {
    const auto = rangeUtil.calculateInterval(range, json.auto_count ?? 30, json.auto_min ?? '10s').interval;
    return { value: auto, variable: { ...variable, text: auto } };
  }
  return { value: current.value, variable };
}

function macro(name: string, scope: DashboardScope): unknown {
  const { range } = scope;
  const rangeMs = range ? range.to.valueOf() - range.from.valueOf() : undefined;
  switch (name) {
    case '__from':
      return range?.from.valueOf();
    case '__to':
      return range?.to.valueOf();
    case '__range_ms':
      return rangeMs;
    case '__range_s':
      return rangeMs === undefined ? undefined : Math.round(rangeMs / 1000);
    case '__range':
      return rangeMs === undefined ? undefined : `${Math.round(rangeMs / 1000)}s`;
    case '__dashboard':
      return { name: scope.title, uid: scope.uid, toString: () => scope.title };
    case '__timezone':
      return scope.timezone === 'browser' || !scope.timezone
        ? Intl.DateTimeFormat().resolvedOptions().timeZone
        : scope.timezone;
    default:
      return undefined;
  }
}

/** Scoped variables first, then dashboard variables, then Grafana's built-in names. */
export function makeLookup(
  states: VariableState[],
  scope: DashboardScope | undefined,
  scopedVars?: ScopedVars
): Lookup {
  return (name) => {
    const scoped = scopedVars?.[name];
    if (scoped && scoped.value !== null && scoped.value !== undefined) {
      const text = scoped.text === undefined ? undefined : String(scoped.text);
      return { value: scoped.value, variable: { name, type: 'scoped', text } };
    }
    const state = states.find((s) => s.json.name === name);
    if (state) {
      return resolveVariable(state, scope?.range);
    }
    const value = name === '__data' ? dataMacroValue(scopedVars) : scope ? macro(name, scope) : undefined;
    return value === undefined ? undefined : { value, variable: { name, type: 'system' } };
  };
}
