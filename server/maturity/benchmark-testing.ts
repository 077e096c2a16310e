import { type BenchmarkFile, BENCHMARK_FORMAT } from '../../core/maturity/benchmark-api';
import { type DimensionStages } from '../../core/maturity/types';
import { type MaturityModelDocument } from '../../core/schema';

type AnswerBody = Record<string, { answer: string; note?: string }>;

/**
 * Answers that put each dimension at the stage given: criteria up to that stage met, the rest not met.
 * An evidenced criterion is left to the registry when it should be met (the small model's b2 is) and
 * overridden with a note otherwise.
 */
export function answersForStages(model: MaturityModelDocument, target: DimensionStages): AnswerBody {
  const order = model.spec.stages.map((s) => s.id);
  const rank = (stage: string | null) => (stage === null ? 0 : order.indexOf(stage) + 1);
  const out: AnswerBody = {};
  for (const dimension of model.spec.dimensions) {
    const want = rank(target[dimension.id] ?? null);
    for (const c of dimension.criteria) {
      const met = rank(c.stage) <= want;
      if (c.evidence !== undefined) {
        if (!met) {
          out[c.id] = { answer: 'not-met', note: 'evidence overridden for the test' };
        }
        continue;
      }
      out[c.id] = { answer: met ? 'met' : 'not-met' };
    }
  }
  return out;
}

/** A peer's file for the small model of 2026 with minimum group 5; `dimensions` as given. */
export function peerFile(source: string, dimensions: BenchmarkFile['dimensions']): BenchmarkFile {
  return {
    format: BENCHMARK_FORMAT,
    source,
    model: 'small',
    year: 2026,
    minGroup: 5,
    exportedAt: '2026-09-01T00:00:00.000Z',
    stages: [
      { id: 'initial', name: 'Initial' },
      { id: 'defined', name: 'Defined' },
      { id: 'managed', name: 'Managed' },
    ],
    dimensions,
  };
}
