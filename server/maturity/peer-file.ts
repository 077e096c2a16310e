import { type BenchmarkFile, type Benchmarks, BENCHMARK_FORMAT } from '../../core/maturity/benchmark-api';
import { type MaturityStage } from '../../core/maturity/types';
import { RegistryError } from '../registry/types';

/** The aggregates a peer may see: counts and the median of each large-enough dimension; no unit, rank or small n. */
export function toBenchmarkFile(b: Benchmarks, source: string, exportedAt: string): BenchmarkFile {
  return {
    format: BENCHMARK_FORMAT,
    source,
    model: b.model,
    year: b.year,
    minGroup: b.minGroup,
    exportedAt,
    stages: b.stages,
    dimensions: b.dimensions.map((d) =>
      d.suppressed
        ? { id: d.id, suppressed: true as const }
        : { id: d.id, n: d.n, counts: d.counts, median: d.median, medianIndex: d.medianIndex }
    ),
  };
}

function invalid(message: string, path: string): RegistryError {
  return new RegistryError('invalid', message, path);
}

/** The ⌈n/2⌉-th smallest stage index of a distribution given as counts per key ("none" first, then the stages). */
function lowerMedian(counts: Readonly<Record<string, number>>, keys: readonly string[], n: number): number {
  let seen = 0;
  for (const [index, key] of keys.entries()) {
    seen += counts[key] ?? 0;
    if (seen >= Math.ceil(n / 2)) {
      return index;
    }
  }
  return keys.length - 1;
}

/** A peer's file must use this model's stages, count each group consistently and respect its own minimum group. */
export function checkPeerFile(
  file: BenchmarkFile,
  stages: readonly MaturityStage[],
  dimensionIds: readonly string[]
): void {
  const ids = stages.map((s) => s.id).join(', ');
  if (file.stages.map((s) => s.id).join(', ') !== ids) {
    throw invalid(
      `the file's stages (${file.stages.map((s) => s.id).join(', ')}) are not the model's (${ids})`,
      'stages'
    );
  }
  file.dimensions.forEach((d, i) => {
    const at = `dimensions[${i}]`;
    if (file.dimensions.findIndex((other) => other.id === d.id) !== i) {
      throw invalid(`dimension "${d.id}" is listed twice`, `${at}.id`);
    }
    if (!dimensionIds.includes(d.id)) {
      throw invalid(`dimension "${d.id}" is not in model ${file.model}`, `${at}.id`);
    }
    if ('suppressed' in d) {
      return;
    }
    const keys = ['none', ...stages.map((s) => s.id)];
    const unknown = Object.keys(d.counts).find((k) => !keys.includes(k));
    if (unknown !== undefined) {
      throw invalid(`unknown stage "${unknown}" in the counts`, `${at}.counts.${unknown}`);
    }
    const total = Object.values(d.counts).reduce((a, b) => a + b, 0);
    if (total !== d.n) {
      throw invalid(`the counts add up to ${total}, not n = ${d.n}`, `${at}.counts`);
    }
    if (d.n < file.minGroup) {
      throw invalid(`n = ${d.n} is below the file's own minimum group of ${file.minGroup}`, `${at}.n`);
    }
    const median = lowerMedian(d.counts, keys, d.n);
    if (d.medianIndex !== median || d.median !== (stages[median - 1]?.id ?? null)) {
      const name = stages[median - 1]?.id ?? 'none';
      throw invalid(
        `median "${d.median}" (index ${d.medianIndex}) is not the counts' lower median "${name}" (index ${median})`,
        `${at}.median`
      );
    }
  });
}

/** The id an import is kept under: one per source, model and year. */
export function peerId(file: BenchmarkFile): string {
  const slug =
    file.source
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'peer';
  return `${slug}.${file.model}.${file.year}`;
}
