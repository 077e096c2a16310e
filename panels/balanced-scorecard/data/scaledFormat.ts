import { type FormattedValue, getValueFormat, toFixedScaled } from '@grafana/data';

export type NumberFormat = (n: number) => FormattedValue;

// Grafana writes time units in the plural above 1; toFixedScaled adds the plural back where it belongs.
const PLURAL_TIME = / (min|hour|day|week|year)s$/;
// Strips floating-point noise such as 7.000000000000001 before Grafana picks decimals.
const clean = (n: number) => Number(n.toPrecision(12));

/**
 * Numbers in one Grafana unit at the scale Grafana picks for the reference (the row's largest magnitude):
 * beside $36K, 9300 reads $9.30K; beside 40 h (1.67 days), 39.4 h reads 1.64 days and +1.2 h +0.0500 day.
 * Units that do not write a plain number (dates, locale grouping) format each number on its own.
 */
export function scaledFormat(unit: string, decimals: number | undefined, reference: number | null): NumberFormat {
  const format = getValueFormat(unit);
  const plain: NumberFormat = (n) => format(n, decimals);
  if (reference === null || reference === 0 || !Number.isFinite(reference)) {
    return plain;
  }
  const probe = format(Math.abs(reference), 12);
  const shown = Number(probe.text);
  if (probe.text.trim() === '' || !Number.isFinite(shown) || shown === 0) {
    return plain;
  }
  const factor = Number((Math.abs(reference) / shown).toPrecision(9));
  const ext = (probe.suffix ?? '').replace(PLURAL_TIME, ' $1');
  return (n) => ({ prefix: probe.prefix, ...toFixedScaled(clean(n / factor), decimals, ext) });
}

/** The largest magnitude among the numbers given, or null when there is none. */
export function largestMagnitude(numbers: Array<number | null>): number | null {
  const finite = numbers.filter((n): n is number => n !== null && Number.isFinite(n)).map(Math.abs);
  return finite.length === 0 ? null : Math.max(...finite);
}
