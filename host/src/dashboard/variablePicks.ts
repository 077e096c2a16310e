// What the variable pickers show and send: visible variables, their options with All, a multi pick, dependents.
import { ALL_VALUE, type VariableJson, type VariableState } from '../templating/variables';

export interface PickerOption {
  label: string;
  value: string;
}

/** Grafana shows every variable except constants and those with hide = 2 (hide = 1 hides only the label). */
export function visibleVariables(states: VariableState[]): VariableState[] {
  return states.filter((s) => s.json.hide !== 2 && s.json.type !== 'constant');
}

export function pickerLabel(json: VariableJson): string | undefined {
  return json.hide === 1 ? undefined : json.label || json.name;
}

export function pickerOptions(state: VariableState): PickerOption[] {
  const options = state.options.map((o) => ({ label: o.text, value: o.value }));
  const hasAll = state.options.some((o) => o.value === ALL_VALUE);
  return state.json.includeAll && !hasAll ? [{ label: 'All', value: ALL_VALUE }, ...options] : options;
}

export const currentValues = (state: VariableState): string[] => {
  const { value } = state.current;
  return Array.isArray(value) ? value : [value];
};

/** A multi pick as Grafana resolves it: All alone or no All; an empty pick falls back to All, else the first option. */
export function nextMulti(previous: string[], picked: string[], state: VariableState): string[] {
  const addedAll = picked.includes(ALL_VALUE) && !previous.includes(ALL_VALUE);
  if (addedAll) {
    return [ALL_VALUE];
  }
  const rest = picked.filter((v) => v !== ALL_VALUE);
  if (rest.length > 0) {
    return rest;
  }
  const first = state.json.includeAll ? ALL_VALUE : state.options[0]?.value;
  return first === undefined ? [] : [first];
}

function mentions(json: VariableJson, name: string): boolean {
  const text = `${typeof json.query === 'string' ? json.query : JSON.stringify(json.query ?? '')} ${json.definition ?? ''}`;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\$${escaped}\\b|\\$\\{${escaped}[}:.]|\\[\\[${escaped}[\\]:]`).test(text);
}

/** Variables after `name` in list order whose query uses it, directly or through another dependent. */
export function dependentsOf(list: VariableJson[], name: string): string[] {
  const start = list.findIndex((v) => v.name === name);
  const changed = [name];
  for (const json of list.slice(start + 1)) {
    if (start >= 0 && changed.some((c) => mentions(json, c))) {
      changed.push(json.name);
    }
  }
  return changed.slice(1);
}
