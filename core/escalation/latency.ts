import { identityKey } from '../identity';
import type { ResolveReason } from './types';

export type LatencyGroupBy = 'kpi' | 'owner';

/** What decision latency reads of an escalation; instants are epoch ms. */
export interface LatencySample {
  kpi: string;
  owner: string;
  openedAt: number;
  acknowledgedAt?: number;
  resolvedAt?: number;
  resolution?: { reason: ResolveReason };
}

/** One group's counts and latencies in seconds; a latency is null when the group has no sample of it. */
export interface LatencyRow {
  /** The KPI id, or the owner as first spelled. */
  group: string;
  escalations: number;
  acknowledged: number;
  resolved: number;
  open: number;
  ackP50: number | null;
  ackP90: number | null;
  /** Breach → resolve. */
  resolveP50: number | null;
  resolveP90: number | null;
  ackToResolveP50: number | null;
  ackToResolveP90: number | null;
}

/** Nearest-rank percentile: the ⌈p·n/100⌉-th smallest value (n = 10, p = 90 → the 9th); null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  // p in whole percent: p·n/100 in integers, no binary fraction to round
  const rank = Math.max(1, Math.ceil((p * sorted.length) / 100));
  return sorted[rank - 1] ?? null;
}

const seconds = (fromMs: number, toMs: number) => (toMs - fromMs) / 1000;

function rowOf(group: string, members: readonly LatencySample[]): LatencyRow {
  const ack: number[] = [];
  const resolve: number[] = [];
  const ackToResolve: number[] = [];
  for (const e of members) {
    if (e.acknowledgedAt !== undefined) {
      ack.push(seconds(e.openedAt, e.acknowledgedAt));
    }
    // a KPI no longer selected by its policy is closed without anyone deciding: no resolve latency
    if (e.resolvedAt === undefined || e.resolution?.reason === 'deselected') {
      continue;
    }
    resolve.push(seconds(e.openedAt, e.resolvedAt));
    if (e.acknowledgedAt !== undefined) {
      ackToResolve.push(seconds(e.acknowledgedAt, e.resolvedAt));
    }
  }
  const resolved = members.filter((e) => e.resolvedAt !== undefined).length;
  return {
    group,
    escalations: members.length,
    acknowledged: ack.length,
    resolved,
    open: members.length - resolved,
    ackP50: percentile(ack, 50),
    ackP90: percentile(ack, 90),
    resolveP50: percentile(resolve, 50),
    resolveP90: percentile(resolve, 90),
    ackToResolveP50: percentile(ackToResolve, 50),
    ackToResolveP90: percentile(ackToResolve, 90),
  };
}

/**
 * Breach → acknowledge, breach → resolve and acknowledge → resolve per KPI or owner, ordered by group.
 * Escalations resolved by recovery without acknowledgement count toward resolve only. Owners compare as
 * identities ("Carol" is "carol") and show as first spelled.
 */
export function decisionLatency(escalations: readonly LatencySample[], groupBy: LatencyGroupBy): LatencyRow[] {
  const groups = new Map<string, { group: string; members: LatencySample[] }>();
  for (const e of escalations) {
    const key = groupBy === 'kpi' ? e.kpi : identityKey(e.owner);
    const entry = groups.get(key) ?? { group: groupBy === 'kpi' ? e.kpi : e.owner, members: [] };
    entry.members.push(e);
    groups.set(key, entry);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, { group, members }]) => rowOf(group, members));
}
