import { type DataFrame, FieldType, type MetricFindValue } from '@grafana/data';
import { type TemplateSrv } from '@grafana/runtime';
import { type ComboboxOption } from '@grafana/ui';

/** text/value rows of variable frames, as Grafana's toMetricFindValues reads them. */
export function listValues(frames: DataFrame[]): MetricFindValue[] {
  return frames.flatMap((frame) => {
    const text = frame.fields.find((f) => f.name === 'text') ?? frame.fields.find((f) => f.type === FieldType.string);
    const value = frame.fields.find((f) => f.name === 'value') ?? text;
    if (!text || !value) {
      return [];
    }
    return Array.from({ length: frame.length }, (_, i) => ({
      text: String(text.values[i]),
      value: String(value.values[i]),
    }));
  });
}

/** Picker options: a name and its id where they differ, so both can be searched. */
export function toComboboxOptions(values: MetricFindValue[]): Array<ComboboxOption<string>> {
  return values.map(({ text, value }) => {
    const id = String(value ?? text);
    return { value: id, label: text === id ? id : `${text} (${id})` };
  });
}

/** The dashboard's template variables as picker options ($name). */
export function variableOptions(templateSrv: Pick<TemplateSrv, 'getVariables'>): Array<ComboboxOption<string>> {
  return templateSrv.getVariables().map((v) => ({
    value: `$${v.name}`,
    label: `$${v.name}`,
    description: v.label ? `Template variable: ${v.label}` : 'Template variable',
    group: 'Template variables',
  }));
}

/** Options whose label or value contains what the user typed, case-insensitively. */
export function matching(options: Array<ComboboxOption<string>>, typed: string): Array<ComboboxOption<string>> {
  const needle = typed.trim().toLowerCase();
  return needle === '' ? options : options.filter((o) => `${o.label ?? ''} ${o.value}`.toLowerCase().includes(needle));
}
