import {
  type DisplayProcessor,
  type DisplayValue,
  type Field,
  formattedValueToString,
  getValueFormat,
} from '@grafana/data';
import { largestMagnitude, type NumberFormat, scaledFormat } from './scaledFormat';

export interface KpiNumbers {
  display: DisplayValue;
  targetDisplay: DisplayValue | null;
  goalDisplay: DisplayValue | null;
  redFlagDisplay: DisplayValue | null;
  /** The row's number format, for its change. */
  format: NumberFormat;
}

interface Numbers {
  value: number | null;
  target: number | null;
  goal: number | null;
  redFlag: number | null;
}

/** Whether the processor wrote a value mapping's text rather than the number in its unit. */
function mapped(field: Field, unit: string, value: number, shown: DisplayValue): boolean {
  if ((field.config.mappings?.length ?? 0) === 0) {
    return false;
  }
  const plain = getValueFormat(unit)(value, field.config.decimals);
  return formattedValueToString(shown) !== formattedValueToString(plain);
}

/**
 * Value, target, goal and red flag in one unit at one scale, chosen once per row from the largest of them. The
 * value keeps the field's display: its colour, and a value mapping's text where one matches.
 */
export function kpiNumbers(n: Numbers, field: Field, unit: string, processor: DisplayProcessor): KpiNumbers {
  const format = scaledFormat(unit, field.config.decimals ?? undefined, largestMagnitude(Object.values(n)));
  const shown = (x: number | null): DisplayValue | null => (x === null ? null : { ...format(x), numeric: x });
  const { value } = n;
  const base = processor(value);
  return {
    display:
      value === null || mapped(field, unit, value, base)
        ? base
        : { ...base, prefix: undefined, suffix: undefined, ...format(value) },
    targetDisplay: shown(n.target),
    goalDisplay: shown(n.goal),
    redFlagDisplay: shown(n.redFlag),
    format,
  };
}
