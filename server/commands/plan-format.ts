import { formatShare, formatWeight, type Share, WEIGHT_SUM_TOLERANCE } from '../../core/validate';
import { type FieldChange, type PlanEntry } from '../registry/types';

const SIGN: Record<PlanEntry['action'], string> = { create: '+', update: '~', unchanged: '=', retire: '-' };

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? 'undefined' : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export function formatChange(c: FieldChange): string {
  if (c.op === 'added') {
    return `${c.path}: + ${show(c.to)}`;
  }
  if (c.op === 'removed') {
    return `${c.path}: - ${show(c.from)}`;
  }
  return `${c.path}: ${show(c.from)} -> ${show(c.to)}`;
}

/** `financial 60% (weight 0.9)`: the written weight only where it is not the share itself. */
function shareText({ id, weight, share }: Share): string {
  const written = Math.abs(weight - share) <= WEIGHT_SUM_TOLERANCE ? '' : ` (weight ${formatWeight(weight)})`;
  return `${id} ${formatShare(share)}${written}`;
}

/** A scorecard's shares as an indented tree: a line per perspective, a line per objective with its KPIs. */
export function formatShares(shares: NonNullable<PlanEntry['shares']>): string[] {
  return [
    'weights read as shares:',
    ...shares.flatMap((p) => [
      `  ${shareText(p)}`,
      ...p.objectives.map((o) => `    ${shareText(o)}: ${o.kpis.map(shareText).join(', ') || 'no KPIs'}`),
    ]),
  ];
}

/** One line per resource (unchanged ones only when verbose), field changes and a scorecard's shares below it. */
export function formatPlan(plan: PlanEntry[], verbose = false): string[] {
  const lines: string[] = [];
  for (const e of plan) {
    if (e.action === 'unchanged' && !verbose) {
      continue;
    }
    const from = e.fromVersion === null ? '' : ` (from v${e.fromVersion})`;
    lines.push(`${SIGN[e.action]} ${e.action} ${e.kind} ${e.id}${e.action === 'update' ? from : ''}`);
    lines.push(...e.changes.map((c) => `    ${formatChange(c)}`));
    lines.push(...(e.shares === undefined ? [] : formatShares(e.shares).map((line) => `    ${line}`)));
  }
  return lines;
}

export function planSummary(plan: PlanEntry[]): string {
  const n = (a: PlanEntry['action']) => plan.filter((e) => e.action === a).length;
  return `plan: ${n('create')} to create, ${n('update')} to update, ${n('retire')} to retire, ${n('unchanged')} unchanged`;
}
