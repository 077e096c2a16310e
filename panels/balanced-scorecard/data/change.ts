import { formattedValueToString } from '@grafana/data';
import { type Direction } from '../../../core';
import { type ChangeView } from './model';
import { type NumberFormat } from './scaledFormat';
import { withUnit } from './status';

/** A value against an earlier one (the previous period's, or the trend's point before its latest), in the row's unit and scale. */
export function changeOf(
  value: number | null,
  before: number | null,
  basis: ChangeView['basis'],
  direction: Direction,
  format: NumberFormat,
  unitLabel: string | null = null
): ChangeView | null {
  if (value === null || before === null) {
    return null;
  }
  const delta = value - before;
  const shown = withUnit(formattedValueToString(format(Math.abs(delta))), unitLabel);
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const better = delta === 0 ? null : delta > 0 === (direction === 'higher-is-better');
  return { delta, text: `${sign}${shown}`, better, basis };
}
