// Dashboard variables from their saved JSON: options of the static types and the current selection, as Grafana picks them.
import type { VariableModel } from '@grafana/schema';

export const ALL_VALUE = '$__all';
export const AUTO_VALUE = '$__auto';

/** The saved model plus the interval variable's fields the schema leaves out. */
export interface VariableJson extends VariableModel {
  auto?: boolean;
  auto_count?: number;
  auto_min?: string;
  definition?: string;
}

export interface VariableOptionState {
  text: string;
  value: string;
}

export interface VariableState {
  json: VariableJson;
  options: VariableOptionState[];
  current: { text: string | string[]; value: string | string[] };
  error?: string;
}

const STATIC_TYPES = ['custom', 'constant', 'textbox', 'interval'];
export const isStaticType = (type: string) => STATIC_TYPES.includes(type);

/** Custom variable values: "a,b" or "Text : value" items, "\," escapes a comma (scenes CustomVariable). */
export function customOptions(query: string): VariableOptionState[] {
  return (query.match(/(?:\\,|[^,])+/g) ?? []).map((item) => {
    const text = item.replace(/\\,/g, ',');
    const pair = /^\s*(.+)\s:\s(.+)$/.exec(text);
    return pair?.[1] && pair[2]
      ? { text: pair[1].trim(), value: pair[2].trim() }
      : { text: text.trim(), value: text.trim() };
  });
}

const queryText = (json: VariableJson) => (typeof json.query === 'string' ? json.query : '');

export function staticOptions(json: VariableJson): VariableOptionState[] {
  const query = queryText(json);
  switch (json.type) {
    case 'custom':
      return customOptions(query);
    case 'constant':
      return [{ text: query, value: query }];
    case 'textbox': {
      const value = typeof json.current?.value === 'string' ? json.current.value : query;
      return [{ text: value, value }];
    }
    case 'interval': {
      const items = query
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const auto = json.auto ? [{ text: 'auto', value: AUTO_VALUE }] : [];
      return [...auto, ...items.map((i) => ({ text: i, value: i }))];
    }
    default:
      return [];
  }
}

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function textOf(values: string[], options: VariableOptionState[]): string[] {
  return values.map((v) => (v === ALL_VALUE ? 'All' : (options.find((o) => o.value === v)?.text ?? v)));
}

function build(values: string[], multi: boolean, options: VariableOptionState[]): VariableState['current'] {
  const text = textOf(values, options);
  return multi ? { value: values, text } : { value: values[0] ?? '', text: text[0] ?? '' };
}

/** Saved values that are still options (or All), else the first option, as Grafana validates a selection. */
export function savedCurrent(json: VariableJson, options: VariableOptionState[]): VariableState['current'] {
  const multi = json.multi === true;
  const saved = asList(json.current?.value);
  if (json.type === 'textbox' || json.type === 'constant') {
    return build([options[0]?.value ?? ''], false, options);
  }
  const all = json.includeAll === true && saved.includes(ALL_VALUE);
  const valid = all ? [ALL_VALUE] : saved.filter((v) => options.some((o) => o.value === v));
  const chosen = valid.length > 0 ? (multi ? valid : valid.slice(0, 1)) : firstChoice(json, options);
  return build(chosen, multi, options);
}

function firstChoice(json: VariableJson, options: VariableOptionState[]): string[] {
  if (options.length === 0) {
    return json.includeAll ? [ALL_VALUE] : [];
  }
  return [options[0]?.value ?? ''];
}

/** A per-render value wins as it is (Grafana keeps URL values that are not options); option texts map to values. */
export function overriddenCurrent(
  json: VariableJson,
  options: VariableOptionState[],
  override: string | string[]
): VariableState['current'] {
  const values = asList(override).map((v) => options.find((o) => o.value === v || o.text === v)?.value ?? v);
  return build(values, json.multi === true || values.length > 1, options);
}

export function isAll(state: VariableState): boolean {
  return asList(state.current.value).includes(ALL_VALUE);
}
