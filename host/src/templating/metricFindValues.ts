// Query variable results to options as Grafana does: toMetricFindValues on frames, then regex, unique values and sort.
import { sortBy, uniqBy } from 'lodash';
import {
  type DataFrame,
  FieldType,
  getFieldDisplayName,
  type MetricFindValue,
  stringToJsRegex,
  VariableSort,
} from '@grafana/data';
import type { VariableOptionState } from './variables';

/** Frames to MetricFindValues: "text"/"value" fields by display name, else the first string field. */
export function toMetricFindValues(frames: DataFrame[]): MetricFindValue[] {
  let stringIndex = -1;
  let textIndex = -1;
  let valueIndex = -1;
  for (const frame of frames) {
    frame.fields.forEach((field, index) => {
      const name = getFieldDisplayName(field, frame, frames).toLowerCase();
      if (field.type === FieldType.string && stringIndex === -1) {
        stringIndex = index;
      }
      if (name === 'text' && field.type === FieldType.string && textIndex === -1) {
        textIndex = index;
      }
      if (name === 'value' && valueIndex === -1) {
        valueIndex = index;
      }
    });
  }
  if (frames.length > 0 && stringIndex === -1 && valueIndex === -1) {
    throw new Error("Couldn't find any field of type string in the results.");
  }
  const cell = (frame: DataFrame, index: number, row: number): unknown => frame.fields[index]?.values[row];
  return frames.flatMap((frame) =>
    Array.from({ length: frame.length }, (_, row): MetricFindValue => {
      const fallback = String(cell(frame, stringIndex === -1 ? valueIndex : stringIndex, row));
      const text = textIndex === -1 ? undefined : String(cell(frame, textIndex, row));
      const raw = valueIndex === -1 ? undefined : cell(frame, valueIndex, row);
      const value = typeof raw === 'number' ? raw : raw === undefined ? undefined : String(raw);
      return { text: text ?? (value === undefined ? fallback : String(value)), value: value ?? text ?? fallback };
    })
  );
}

function applyRegex(text: string, value: string, regex: RegExp): VariableOptionState[] {
  const matches = [
    ...value.matchAll(new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`)),
  ];
  if (matches.length === 0) {
    return [];
  }
  const valueGroup = matches.find((m) => m.groups?.value)?.groups?.value;
  const textGroup = matches.find((m) => m.groups?.text)?.groups?.text;
  if (valueGroup || textGroup) {
    return [{ value: valueGroup ?? textGroup ?? value, text: textGroup ?? valueGroup ?? text }];
  }
  const captured = matches.filter((m) => m.length > 1).map((m) => String(m[1]));
  return captured.length > 0 ? captured.map((c) => ({ text: c, value: c })) : [{ text, value }];
}

const numberIn = (o: VariableOptionState) => {
  const m = /.*?(\d+).*/.exec(o.text);
  return m?.[1] ? parseInt(m[1], 10) : -1;
};
const natural = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export function sortOptions(options: VariableOptionState[], sort: number | undefined): VariableOptionState[] {
  switch (sort) {
    case VariableSort.alphabeticalAsc:
    case VariableSort.alphabeticalDesc:
      return orderBy(sortBy(options, 'text'), sort === VariableSort.alphabeticalDesc);
    case VariableSort.numericalAsc:
    case VariableSort.numericalDesc:
      return orderBy(sortBy(options, numberIn), sort === VariableSort.numericalDesc);
    case VariableSort.alphabeticalCaseInsensitiveAsc:
    case VariableSort.alphabeticalCaseInsensitiveDesc:
      return orderBy(
        sortBy(options, (o) => o.text.toLowerCase()),
        sort === VariableSort.alphabeticalCaseInsensitiveDesc
      );
    case VariableSort.naturalAsc:
    case VariableSort.naturalDesc:
      return orderBy(
        [...options].sort((a, b) => natural.compare(a.text, b.text)),
        sort === VariableSort.naturalDesc
      );
    default:
      return options;
  }
}

const orderBy = (options: VariableOptionState[], reverse: boolean) => (reverse ? options.reverse() : options);

/** Grafana's metricNamesToVariableValues: regex on the value, unique by value, then sort. */
export function toOptions(values: MetricFindValue[], regex: string | undefined, sort: number | undefined) {
  const re = regex ? stringToJsRegex(regex) : undefined;
  const options = values.flatMap((item) => {
    const text = String(item.text ?? item.value);
    const value = String(item.value ?? item.text);
    return re ? applyRegex(text, value, re) : [{ text, value }];
  });
  return sortOptions(uniqBy(options, 'value'), sort);
}
