import { type Proposal } from '../../../../core/app-api';

export interface DiffRow {
  /** Unique within the table: the JSON path. */
  id: string;
  path: string;
  before: string;
  after: string;
  op: 'added' | 'removed' | 'changed';
}

/** A value as one line of text; absent values show as a dash. */
export function showValue(value: unknown): string {
  if (value === undefined) {
    return '—';
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The proposal's field changes as table rows, in the server's order. */
export function diffRows(changes: Proposal['changes']): DiffRow[] {
  return changes.map((c) => ({
    id: c.path,
    path: c.path,
    before: c.op === 'added' ? '—' : showValue(c.from),
    after: c.op === 'removed' ? '—' : showValue(c.to),
    op: c.op,
  }));
}

/** Compared with: "new" for a first version, else the version in force. */
export function againstLabel(against: number | null): string {
  return against === null ? 'new' : `against v${against}`;
}
