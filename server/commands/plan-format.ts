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

/** One line per resource (unchanged ones only when verbose), field changes indented below updates. */
export function formatPlan(plan: PlanEntry[], verbose = false): string[] {
  const lines: string[] = [];
  for (const e of plan) {
    if (e.action === 'unchanged' && !verbose) {
      continue;
    }
    const from = e.fromVersion === null ? '' : ` (from v${e.fromVersion})`;
    lines.push(`${SIGN[e.action]} ${e.action} ${e.kind} ${e.id}${e.action === 'update' ? from : ''}`);
    lines.push(...e.changes.map((c) => `    ${formatChange(c)}`));
  }
  return lines;
}

export function planSummary(plan: PlanEntry[]): string {
  const n = (a: PlanEntry['action']) => plan.filter((e) => e.action === a).length;
  return `plan: ${n('create')} to create, ${n('update')} to update, ${n('retire')} to retire, ${n('unchanged')} unchanged`;
}
