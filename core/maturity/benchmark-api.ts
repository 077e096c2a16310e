import { z } from 'zod';
import { resourceId } from '../schema/common';

/** The benchmark API's shapes and the file peers exchange (DESIGN §9). */

export const DEFAULT_MIN_GROUP = 5;
export const BENCHMARK_FORMAT = 'scorecard-benchmark/v1';

const minGroup = z.coerce.number().int().min(1).max(1000);

export const benchmarkQuery = z.strictObject({
  model: resourceId,
  year: z.coerce.number().int().min(2000).max(2100),
  minGroup: minGroup.default(DEFAULT_MIN_GROUP),
});
export type BenchmarkQuery = z.infer<typeof benchmarkQuery>;

const counts = z.record(z.string(), z.number().int().min(0));
const stageList = z.array(z.object({ id: z.string(), name: z.string() }));

export const stageBenchmark = z.union([
  z.object({ id: z.string(), name: z.string(), n: z.number(), suppressed: z.literal(true), reason: z.string() }),
  z.object({
    id: z.string(),
    name: z.string(),
    n: z.number(),
    suppressed: z.literal(false),
    counts,
    median: z.string().nullable(),
    medianIndex: z.number(),
    ranks: z.record(z.string(), z.number()),
  }),
]);
export type StageBenchmarkView = z.infer<typeof stageBenchmark>;

/** A dimension as it leaves for peers: counts only, or suppressed without its size. */
export const peerDimension = z.union([
  z.strictObject({ id: z.string(), suppressed: z.literal(true) }),
  z.strictObject({
    id: z.string(),
    n: z.number().int().min(1),
    counts,
    median: z.string().nullable(),
    medianIndex: z.number().int().min(0),
  }),
]);
export type PeerDimension = z.infer<typeof peerDimension>;

export const benchmarkFile = z.strictObject({
  format: z.literal(BENCHMARK_FORMAT),
  /** Who the figures come from, as the exporter names itself (not a unit). */
  source: z.string().trim().min(1).max(200),
  model: resourceId,
  year: z.int().min(2000).max(2100),
  minGroup: z.int().min(1),
  exportedAt: z.string(),
  stages: stageList,
  dimensions: z.array(peerDimension),
});
export type BenchmarkFile = z.infer<typeof benchmarkFile>;

export const peerBenchmark = benchmarkFile.extend({
  id: z.string(),
  importedBy: z.string(),
  importedAt: z.string(),
});
export type PeerBenchmark = z.infer<typeof peerBenchmark>;

export const benchmarks = z.object({
  model: z.string(),
  year: z.number(),
  minGroup: z.number(),
  /** Released cycles of the model and year. */
  units: z.number(),
  stages: stageList,
  dimensions: z.array(stageBenchmark),
  peers: z.array(peerBenchmark),
});
export type Benchmarks = z.infer<typeof benchmarks>;

export const exportQuery = benchmarkQuery.extend({ source: z.string().trim().min(1).max(200) });
export type ExportQuery = z.infer<typeof exportQuery>;

/** A unit's place per dimension: among the other units (when the group is large enough) and against each peer. */
export const unitComparison = z.object({
  minGroup: z.number(),
  internal: z.record(
    z.string(),
    z.object({
      n: z.number(),
      rank: z.number().nullable(),
      median: z.string().nullable(),
      reason: z.string().optional(),
    })
  ),
  peers: z.array(
    z.object({
      source: z.string(),
      year: z.number(),
      byDimension: z.record(z.string(), z.object({ rank: z.number().nullable(), median: z.string().nullable() })),
    })
  ),
});
export type UnitComparison = z.infer<typeof unitComparison>;
