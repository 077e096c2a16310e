import { type DisplayProcessor, formattedValueToString } from '@grafana/data';
import { type Direction } from '../../../core';
import { type ChangeView } from './model';

/** A value against an earlier one: the previous period's value, or the trend's point before its latest. */
export function changeOf(
  value: number | null,
  before: number | null,
  basis: ChangeView['basis'],
  direction: Direction,
  format: DisplayProcessor
): ChangeView | null {
  if (value === null || before === null) {
    return null;
  }
  const delta = value - before;
  const shown = format(Math.abs(delta));
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const better = delta === 0 ? null : delta > 0 === (direction === 'higher-is-better');
  return { delta, text: `${sign}${formattedValueToString(shown)}`, better, basis };
}
