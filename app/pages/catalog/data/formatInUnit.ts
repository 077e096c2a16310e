import { formattedValueToString, getValueFormat } from '@grafana/data';
import { type CatalogEntry, type DuplicatePair } from '../../../../core/app-api';

/** A number in a Grafana unit id (`percentunit`, `currencyUSD`, …); unknown ids become a suffix. */
export function formatInUnit(value: number, unit: string): string {
  // whole numbers keep no decimals unless scaled (1,999 visits read 2.00 K, not 2 K)
  const decimals = Number.isInteger(value) && Math.abs(value) < 1000 ? 0 : undefined;
  return formattedValueToString(getValueFormat(unit)(value, decimals));
}

export function directionInWords(direction: CatalogEntry['direction']): string {
  return direction === 'higher-is-better' ? 'higher is better' : 'lower is better';
}

/** `target 45 score per month; red flag 20 score, goal 45 score (higher is better)`. */
export function thresholdsInWords(
  k: Pick<CatalogEntry, 'target' | 'redFlag' | 'goal' | 'unit' | 'period' | 'direction'>
) {
  const f = (v: number) => formatInUnit(v, k.unit);
  return `target ${f(k.target)} per ${k.period}; red flag ${f(k.redFlag)}, goal ${f(k.goal)} (${directionInWords(k.direction)})`;
}

/** Why two KPIs may be duplicates, in words. */
export function duplicateReason(p: DuplicatePair): string {
  const r = p.correlation === null ? '' : `values correlate r = ${p.correlation.toFixed(2)} over ${p.periods} periods`;
  if (p.reason === 'correlated') {
    return r;
  }
  return r === '' ? 'same calculation and filters' : `same calculation and filters; ${r}`;
}
