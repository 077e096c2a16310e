import { expressionInputs, parseExpression, type ExprNode } from '../../../core/expression';
import { type KpiDocument } from '../../../core/schema';
import { type VersionRecord } from '../../registry/types';
import { type TimeRange } from '../types';
import { resolveVersions, type VersionPiece } from './as-of';
import { type BucketGrid } from './buckets';
import { ValueEngineError } from './errors';
import { type DefinitionMode } from './types';

/** Most expression KPIs in a chain above a computed KPI (validation prevents cycles; this guards anyway). */
export const MAX_EXPRESSION_DEPTH = 12;

export interface ExpressionPlan {
  node: ExprNode;
  /** Input name used in the expression → that input's plan over the piece's range. */
  inputs: Map<string, KpiPlan>;
}

export interface PlanPiece extends VersionPiece {
  kpi: KpiDocument;
  expression?: ExpressionPlan;
}

/** What computing a KPI over a range takes: its versions per run of buckets, and inputs of expressions. */
export interface KpiPlan {
  kpiId: string;
  range: TimeRange;
  grid: BucketGrid;
  pieces: PlanPiece[];
}

export interface PlanContext {
  versionsOf(kpiId: string): Promise<VersionRecord[]>;
  now: Date;
}

function kpiDocument(record: VersionRecord): KpiDocument {
  if (record.document.kind !== 'KPI') {
    throw new ValueEngineError('invalid-definition', `${record.id} version ${record.version} is not a KPI`);
  }
  return record.document;
}

/** Pinning a version names one resource's version; what it is built from follows the default. */
export const inputMode = (mode: DefinitionMode): DefinitionMode =>
  typeof mode === 'object' && 'version' in mode ? 'effective' : mode;

function parse(kpi: KpiDocument, version: number, expr: string): ExprNode {
  try {
    return parseExpression(expr);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new ValueEngineError('invalid-definition', `KPI ${kpi.metadata.id} version ${version}: expression ${why}`);
  }
}

async function planExpression(
  ctx: PlanContext,
  piece: PlanPiece,
  mode: DefinitionMode,
  path: string[]
): Promise<ExpressionPlan | undefined> {
  const calc = piece.kpi.spec.calculation;
  if (!('expression' in calc)) {
    return undefined;
  }
  const node = parse(piece.kpi, piece.record.version, calc.expression.expr);
  const declared: Array<[string, string]> = [];
  for (const name of expressionInputs(node)) {
    const kpiId = calc.expression.inputs[name];
    if (kpiId === undefined) {
      throw new ValueEngineError(
        'invalid-definition',
        `KPI ${piece.kpi.metadata.id} version ${piece.record.version}: the expression uses "${name}", which is not under inputs`
      );
    }
    declared.push([name, kpiId]);
  }
  const inputs = new Map<string, KpiPlan>();
  for (const [name, kpiId] of declared) {
    inputs.set(name, await planKpi(ctx, { kpiId, range: piece.range, grid: piece.grid, mode: inputMode(mode) }, path));
  }
  return { node, inputs };
}

function guard(kpiId: string, path: string[]): void {
  if (path.includes(kpiId)) {
    throw new ValueEngineError('expression-cycle', `KPI ${kpiId} depends on itself: ${[...path, kpiId].join(' → ')}`);
  }
  if (path.length > MAX_EXPRESSION_DEPTH) {
    throw new ValueEngineError(
      'expression-too-deep',
      `KPI ${path[0] ?? kpiId} nests expressions more than ${MAX_EXPRESSION_DEPTH} deep: ${[...path, kpiId].join(' → ')}`
    );
  }
}

/** Resolves the versions of a KPI and, for expressions, of its inputs with the same definition mode. */
export async function planKpi(
  ctx: PlanContext,
  what: { kpiId: string; range: TimeRange; grid: BucketGrid; mode: DefinitionMode },
  path: string[] = []
): Promise<KpiPlan> {
  guard(what.kpiId, path);
  const versions = await ctx.versionsOf(what.kpiId);
  const resolved = resolveVersions({ ...what, versions, now: ctx.now });
  const pieces: PlanPiece[] = [];
  for (const piece of resolved) {
    const withKpi: PlanPiece = { ...piece, kpi: kpiDocument(piece.record) };
    const expression = await planExpression(ctx, withKpi, what.mode, [...path, what.kpiId]);
    pieces.push(expression === undefined ? withKpi : { ...withKpi, expression });
  }
  return { kpiId: what.kpiId, range: what.range, grid: what.grid, pieces };
}
