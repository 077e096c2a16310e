import { type Cycle, type CycleResults } from '../../../../core/maturity/api';

export interface UnitMaturity {
  cycle: string;
  unit: string;
  model: string;
  /** The lower median of the dimensions' stages; null when not even the lowest stage is met. */
  median: string | null;
  dimensions: number;
}

export interface MaturitySummary {
  year: number;
  units: UnitMaturity[];
  /** Units per median stage in the model's stage order, then "none". */
  perStage: Array<{ stage: string; count: number }>;
}

/** The latest year that has released cycles, and those cycles (one per unit: the last released). */
export function latestCycles(cycles: readonly Cycle[]): Cycle[] {
  const released = cycles.filter((c) => c.state === 'released');
  const year = Math.max(...released.map((c) => c.year));
  const byUnit = new Map<string, Cycle>();
  for (const c of released.filter((x) => x.year === year)) {
    const seen = byUnit.get(c.unit);
    if (seen === undefined || (c.releasedAt ?? '') > (seen.releasedAt ?? '')) {
      byUnit.set(c.unit, c);
    }
  }
  return [...byUnit.values()].sort((a, b) => a.unit.localeCompare(b.unit));
}

/** The lower median of stage indices (the ⌈n/2⌉-th smallest, DESIGN §9) as the stage's name. */
function medianStage(results: CycleResults): string | null {
  const indices = results.dimensions.map((d) => d.stageIndex).sort((a, b) => a - b);
  const index = indices[Math.ceil(indices.length / 2) - 1] ?? 0;
  return index === 0 ? null : (results.stages[index - 1]?.name ?? null);
}

/** Per unit its median stage, and how many units sit at each stage; null when nothing is released. */
export function maturitySummary(results: readonly CycleResults[]): MaturitySummary | null {
  const first = results[0];
  if (first === undefined) {
    return null;
  }
  const units = results.map((r) => ({
    cycle: r.id,
    unit: r.unit,
    model: r.model,
    median: medianStage(r),
    dimensions: r.dimensions.length,
  }));
  const stageNames = [...new Set(results.flatMap((r) => r.stages.map((s) => s.name)))];
  const perStage = [...stageNames, null]
    .map((stage) => ({ stage: stage ?? 'none', count: units.filter((u) => u.median === stage).length }))
    .filter((s) => s.count > 0);
  return { year: first.year, units, perStage };
}
