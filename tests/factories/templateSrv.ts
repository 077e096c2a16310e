// A TemplateSrv for jest with Grafana's replace semantics for the cases plugins rely on.
import { type CustomVariableModel, LoadingState, type ScopedVars, VariableHide } from '@grafana/data';
import { type TemplateSrv } from '@grafana/runtime';

type Values = Record<string, string | string[]>;
type FormatFn = (value: string | string[], variable: { name: string }, fallback: unknown) => string;

const REFERENCE = /\$(\w+)|\$\{(\w+)(?::(\w+))?\}|\[\[(\w+)\]\]/g;

function formatted(value: string | string[], format: string | undefined): string {
  if (!Array.isArray(value)) {
    return value;
  }
  if (format === 'csv') {
    return value.join(',');
  }
  if (format === 'pipe') {
    return value.join('|');
  }
  // Grafana's default for several values is glob: {a,b}
  return value.length === 1 ? (value[0] ?? '') : `{${value.join(',')}}`;
}

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
      return (target ?? '').replace(REFERENCE, (match, a?: string, b?: string, fmt?: string, c?: string) => {
        const name = a ?? b ?? c ?? '';
        const scoped = scopedVars?.[name];
        const value = scoped ? String(scoped.value) : variables[name];
        if (value === undefined) {
          return match;
        }
        if (typeof format === 'function') {
          const fn: FormatFn = (...args) => String(format(...args));
          return fn(value, { name }, formatted);
        }
        return formatted(value, fmt ?? format);
      });
    },
    containsTemplate: (target?: string) => new RegExp(REFERENCE.source).test(target ?? ''),
    updateTimeRange: () => undefined,
  };
}
