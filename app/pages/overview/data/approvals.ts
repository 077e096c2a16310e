import { type Proposal } from '../../../../core/app-api';
import { ageText } from './age';

export const NEWEST = 5;

export interface PendingRow {
  key: string;
  kind: string;
  id: string;
  name: string;
  version: number;
  author: string;
  age: string;
}

export interface PendingApprovals {
  count: number;
  newest: PendingRow[];
}

/** How many versions await a decision and the five newest, newest first. */
export function pendingApprovals(proposals: readonly Proposal[], now: number): PendingApprovals {
  const newest = [...proposals]
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
    .slice(0, NEWEST)
    .map((p) => ({
      key: `${p.kind}/${p.id}/${p.version}`,
      kind: p.kind,
      id: p.id,
      name: p.name,
      version: p.version,
      author: p.author,
      age: ageText(p.createdAt, now),
    }));
  return { count: proposals.length, newest };
}
