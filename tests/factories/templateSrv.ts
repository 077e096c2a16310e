// A TemplateSrv for jest: fixed dashboard variables, replaced by the host's implementation of Grafana's replace.
import { type CustomVariableModel, LoadingState, type ScopedVars, VariableHide } from '@grafana/data';
import { type TemplateSrv } from '@grafana/runtime';
import { containsVariable, interpolate, type Lookup } from '../../host/src/templating/interpolate';

type Values = Record<string, string | string[]>;

/** Dashboard variables by name (a list for multi-value ones); scoped variables win, as in Grafana. */
export function fakeTemplateSrv(variables: Values = {}): TemplateSrv {
  const models = Object.entries(variables).map(
    ([name, value], index): CustomVariableModel => ({
      id: name,
      name,
      label: name,
      type: 'custom',
      rootStateKey: null,
      global: false,
      hide: VariableHide.dontHide,
      skipUrlSync: false,
      index,
      state: LoadingState.Done,
      error: null,
      description: null,
      query: '',
      options: [],
      multi: Array.isArray(value),
      includeAll: false,
      current: { selected: true, text: value, value },
    })
  );
  return {
    getVariables: () => models,
    replace(target?: string, scopedVars?: ScopedVars, format?: string | Function): string {
      const lookup: Lookup = (name) => {
        const scoped = scopedVars?.[name];
        const value = scoped ? scoped.value : variables[name];
        return value === undefined
          ? undefined
          : { value, variable: { name, type: 'custom', multi: Array.isArray(value) } };
      };
      return interpolate(target, lookup, format);
    },
    containsTemplate: containsVariable,
    updateTimeRange: () => undefined,
  };
}
