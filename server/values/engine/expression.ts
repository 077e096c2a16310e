import { evaluateExpression, type ExprNode } from '../../../core/expression';
import { type BreakdownKey, type ValueFlag, type ValuePoint } from '../types';
import { ValueEngineError } from './errors';
import { type PlanPiece } from './plan';
import { breakdownId, type Series } from './series';

// Flags of an input point that qualify any value computed from it.
const INHERITED: readonly ValueFlag[] = ['insufficient-sample', 'stale', 'impossible-rate'];

export interface ExpressionPiece {
  piece: PlanPiece;
  node: ExprNode;
  /** Input name → that input's series over the piece. */
  inputs: ReadonlyMap<string, Series[]>;
  breakdown?: string;
}

function evaluateBucket(
  node: ExprNode,
  inputs: ReadonlyArray<[string, ValuePoint | undefined]>,
  time: number
): ValuePoint {
  const values = Object.fromEntries(inputs.map(([name, point]) => [name, point?.value ?? null]));
  const result = evaluateExpression(node, values);
  const flags = new Set<ValueFlag>();
  if (result.value === null && result.reason === 'division by zero') {
    flags.add('division-by-zero');
  } else if (result.value === null && inputs.some(([, point]) => (point?.value ?? null) === null)) {
    flags.add('missing-input');
  }
  inputs.forEach(([, point]) => point?.flags?.filter((f) => INHERITED.includes(f)).forEach((f) => flags.add(f)));
  return {
    time,
    value: result.value,
    ...(flags.size > 0 ? { flags: [...flags] } : {}),
    ...(result.reason === undefined ? {} : { reason: result.reason }),
  };
}

function evaluateSeries(e: ExpressionPiece, pick: (series: Series[]) => Series | undefined): ValuePoint[] {
  const chosen = [...e.inputs].map(([name, series]): [string, Series | undefined] => [name, pick(series)]);
  return e.piece.grid.starts.map((time, i) =>
    evaluateBucket(
      e.node,
      chosen.map(([name, series]) => [name, series?.points[i]]),
      time
    )
  );
}

function checkUnsplit(e: ExpressionPiece): void {
  for (const [name, series] of e.inputs) {
    if (series.length > 1 || series[0]?.breakdown !== undefined) {
      throw new ValueEngineError(
        'breakdown-unsupported',
        `KPI ${e.piece.kpi.metadata.id}: input "${name}" gives one series per breakdown value; break the expression down by that column`
      );
    }
  }
}

/** Each input must be split by the column, else the expression cannot be. */
function breakdownKeys(e: ExpressionPiece, column: string): Map<string, BreakdownKey> {
  const keys = new Map<string, BreakdownKey>();
  for (const [name, series] of e.inputs) {
    for (const s of series) {
      if (s.breakdown?.column !== column) {
        throw new ValueEngineError(
          'breakdown-unsupported',
          `KPI ${e.piece.kpi.metadata.id}: input "${name}" is not broken down by "${column}", so the expression cannot be`
        );
      }
      keys.set(breakdownId(s.breakdown), s.breakdown);
    }
  }
  return keys;
}

/** Evaluates the expression per bucket, and per breakdown value that any input has (others count as missing). */
export function evaluatePiece(e: ExpressionPiece): Series[] {
  if (e.breakdown === undefined) {
    checkUnsplit(e);
    return [{ points: evaluateSeries(e, (series) => series[0]) }];
  }
  return [...breakdownKeys(e, e.breakdown)].map(([id, breakdown]) => ({
    breakdown,
    points: evaluateSeries(e, (series) => series.find((s) => breakdownId(s.breakdown) === id)),
  }));
}
