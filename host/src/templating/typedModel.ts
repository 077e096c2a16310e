// Dashboard variables as the TypedVariableModel objects that getTemplateSrv().getVariables() hands to plugins.
import {
  LoadingState,
  type TypedVariableModel,
  type VariableOption,
  VariableRefresh,
  VariableSort,
} from '@grafana/data';
import { VariableHide } from '@grafana/schema';
import { ALL_VALUE, type VariableState } from './variables';

function base(state: VariableState, index: number) {
  const { json } = state;
  return {
    name: json.name,
    label: json.label,
    id: json.name,
    rootStateKey: null,
    global: false,
    hide: json.hide ?? VariableHide.dontHide,
    skipUrlSync: json.skipUrlSync ?? false,
    index,
    state: state.error ? LoadingState.Error : LoadingState.Done,
    error: state.error ?? null,
    description: json.description ?? null,
  };
}

function withOptions(state: VariableState, index: number) {
  const current = state.current;
  const selected = Array.isArray(current.value) ? current.value : [current.value];
  const all: VariableOption[] = state.json.includeAll
    ? [{ text: 'All', value: ALL_VALUE, selected: selected.includes(ALL_VALUE) }]
    : [];
  const options = state.options.map((o) => ({ ...o, selected: selected.includes(o.value) }));
  const query = typeof state.json.query === 'string' ? state.json.query : '';
  return { ...base(state, index), current: { ...current, selected: true }, options: [...all, ...options], query };
}

function multi(state: VariableState) {
  const { json } = state;
  return { multi: json.multi ?? false, includeAll: json.includeAll ?? false, allValue: json.allValue ?? null };
}

/** Undefined for types the host does not model (adhoc, groupby, datasource, …). */
export function toTypedModel(state: VariableState, index: number): TypedVariableModel | undefined {
  const { json } = state;
  const common = withOptions(state, index);
  switch (json.type) {
    case 'query':
      return {
        ...common,
        ...multi(state),
        type: 'query',
        datasource: json.datasource ?? null,
        definition: json.definition ?? '',
        sort: json.sort ?? VariableSort.disabled,
        query: json.query,
        regex: json.regex ?? '',
        refresh: json.refresh ?? VariableRefresh.onDashboardLoad,
      };
    case 'custom':
      return { ...common, ...multi(state), type: 'custom' };
    case 'constant':
      return { ...common, type: 'constant' };
    case 'textbox':
      return { ...common, type: 'textbox', originalQuery: common.query };
    case 'interval':
      return {
        ...common,
        type: 'interval',
        auto: json.auto ?? false,
        auto_min: json.auto_min ?? '10s',
        auto_count: json.auto_count ?? 30,
        refresh: json.refresh ?? VariableRefresh.onTimeRangeChanged,
      };
    default:
      return undefined;
  }
}
