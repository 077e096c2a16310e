import { type CycleResults } from '../../../../../core/maturity/api';
import { stageName } from './stages';

export type ChangeKind = 'up' | 'down' | 'same' | 'new';

export interface ChangeView {
  kind: ChangeKind;
  /** Stage index delta; null when there is nothing to compare with. */
  delta: number | null;
  /** The short mark shown in the row: "▲ +1", "▼ −2", "▬ 0" or "new". */
  mark: string;
  /** e.g. "2025: Defined → 2026: Managed". */
  tooltip: string;
}

const MINUS = '\u2212';

/** A dimension's year-over-year change against the previous released cycle of the unit. */
export function changeOf(results: CycleResults, dimensionId: string): ChangeView {
  const current = results.dimensions.find((d) => d.id === dimensionId);
  const now = `${results.year}: ${stageName(results.stages, current?.stage ?? null)}`;
  const { previous } = results;
  if (previous === null) {
    return { kind: 'new', delta: null, mark: 'new', tooltip: `No released cycle before ${results.year}; ${now}` };
  }
  const before = previous.dimensions.find((d) => d.id === dimensionId);
  const delta = Object.hasOwn(results.change, dimensionId) ? results.change[dimensionId] : undefined;
  if (before === undefined || delta === undefined) {
    return { kind: 'new', delta: null, mark: 'new', tooltip: `Not assessed in ${previous.year}; ${now}` };
  }
  const tooltip = `${previous.year}: ${stageName(results.stages, before.stage)} → ${now}`;
  if (delta > 0) {
    return { kind: 'up', delta, mark: `▲ +${delta}`, tooltip };
  }
  if (delta < 0) {
    return { kind: 'down', delta, mark: `▼ ${MINUS}${-delta}`, tooltip };
  }
  return { kind: 'same', delta, mark: '▬ 0', tooltip };
}
