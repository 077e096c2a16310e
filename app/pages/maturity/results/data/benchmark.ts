import { type CycleResults } from '../../../../../core/maturity/api';
import { stageName } from './stages';

export interface BenchmarkRow {
  dimensionId: string;
  name: string;
  /** Among the other units: "rank 58 of 6 units · median Basic", or why it is hidden. */
  internal: string;
  suppressed: boolean;
  /** Per peer in the order of the peers: "rank 50 · median Managed" or "not shared". */
  peers: string[];
}

export interface BenchmarkView {
  peers: string[];
  rows: BenchmarkRow[];
}

const rankWords = (rank: number | null) => (rank === null ? 'not ranked' : `percentile rank ${Math.round(rank)}`);

/** The unit against the other units and each peer, per dimension; null when the cycle has no benchmark. */
export function benchmarkView(results: CycleResults): BenchmarkView | null {
  const { benchmark, stages } = results;
  if (benchmark === undefined) {
    return null;
  }
  const rows = results.dimensions.map((d): BenchmarkRow => {
    const own = Object.hasOwn(benchmark.internal, d.id) ? benchmark.internal[d.id] : undefined;
    const suppressed = own === undefined || own.reason !== undefined;
    const internal =
      own === undefined
        ? 'no other unit assessed'
        : own.reason !== undefined
          ? own.reason
          : `${rankWords(own.rank)} among ${own.n} units · median ${stageName(stages, own.median)}`;
    const peers = benchmark.peers.map((p) => {
      const mine = Object.hasOwn(p.byDimension, d.id) ? p.byDimension[d.id] : undefined;
      return mine === undefined ? 'not shared' : `${rankWords(mine.rank)} · median ${stageName(stages, mine.median)}`;
    });
    return { dimensionId: d.id, name: d.name, internal, suppressed, peers };
  });
  return { peers: benchmark.peers.map((p) => `${p.source} (${p.year})`), rows };
}
