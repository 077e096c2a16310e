import { type PeerBenchmark } from '../../../../core/maturity/benchmark-api';
import { rankAgainst } from '../../../../core/maturity/peer-compare';
import { type Bar, distributionBars, positionIn, rankWords, type Stage, stageName } from './distribution';

export type PeerView = {
  /** The peer file's id (source, model and year). */
  id: string;
  source: string;
  year: number;
  /** Words on how the peer's stages differ from the model's here; null when they are the same. */
  stagesNote: string | null;
} & (
  | { status: 'missing' | 'suppressed' }
  | { status: 'shown'; n: number; median: string; bars: Bar[]; rank: number | null; words: string | null }
);

const listOf = (stages: readonly Stage[]) => stages.map((s) => s.name).join(' → ');

function stagesNote(peer: readonly Stage[], ours: readonly Stage[]): string | null {
  const same = (a: Stage | undefined, b: Stage | undefined) => a?.id === b?.id && a?.name === b?.name;
  if (peer.length === ours.length && peer.every((s, i) => same(s, ours[i]))) {
    return null;
  }
  const ids = peer.length === ours.length && peer.every((s, i) => s.id === ours[i]?.id);
  return ids
    ? `the peer names its stages differently (${listOf(peer)})`
    : `the peer uses different stages (${listOf(peer)})`;
}

/** Each peer's distribution of one dimension, and where the unit (at `unitIndex`, null = none chosen) stands in it. */
export function peerViews(
  peers: readonly PeerBenchmark[],
  dimensionId: string,
  stages: readonly Stage[],
  unitIndex: number | null
): PeerView[] {
  return peers.map((peer) => {
    const head = { id: peer.id, source: peer.source, year: peer.year, stagesNote: stagesNote(peer.stages, stages) };
    const d = peer.dimensions.find((x) => x.id === dimensionId);
    if (d === undefined) {
      return { ...head, status: 'missing' };
    }
    if ('suppressed' in d) {
      return { ...head, status: 'suppressed' };
    }
    const sameIds = peer.stages.length === stages.length && peer.stages.every((s, i) => s.id === stages[i]?.id);
    const rank = unitIndex === null || !sameIds ? null : rankAgainst(unitIndex, d.counts, stages);
    const words =
      rank === null || unitIndex === null ? null : rankWords(rank, positionIn(d.counts, stages, unitIndex), false);
    return {
      ...head,
      status: 'shown',
      n: d.n,
      median: stageName(d.median, peer.stages),
      bars: distributionBars(d.counts, peer.stages, {
        unitIndex: sameIds ? unitIndex : null,
        medianIndex: d.medianIndex,
      }),
      rank,
      words,
    };
  });
}
