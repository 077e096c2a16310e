import { type Cycle, type CycleResults } from '../../../core/maturity/api';

/** Server JSON as the KPI server answers it, for the Overview's tests. */

export const STAGES = [
  { id: 'initial', name: 'Initial' },
  { id: 'managed', name: 'Managed' },
  { id: 'defined', name: 'Defined' },
];

export function cycleJson(id: string, unit: string, year: number, releasedAt: string | null): Cycle {
  return {
    id,
    model: 'kpi-practice',
    modelVersion: 1,
    unit,
    year,
    asOf: `${year}-12-31`,
    assessors: ['ana', 'ben'],
    lead: 'ana',
    state: releasedAt === null ? 'open' : 'released',
    createdBy: 'ana',
    createdAt: `${year}-01-10T09:00:00.000Z`,
    releasedBy: releasedAt === null ? null : 'ana',
    releasedAt,
    progress: { ana: 6, ben: 6 },
    criteria: 6,
  };
}

/** Results whose dimensions reach the given stage indices (0: not even the first stage). */
export function resultsJson(id: string, unit: string, year: number, indices: number[]): CycleResults {
  return {
    id,
    state: 'released',
    unit,
    year,
    model: 'kpi-practice',
    modelVersion: 1,
    asOf: `${year}-12-31`,
    assessors: ['ana', 'ben'],
    lead: 'ana',
    stages: STAGES,
    dimensions: indices.map((index, i) => ({
      id: `d${i + 1}`,
      name: `Dimension ${i + 1}`,
      stage: STAGES[index - 1]?.id ?? null,
      stageIndex: index,
      byAssessor: {},
      next: { stage: null, criteria: [] },
    })),
    agreement: { alpha: 0.8, byDimension: {} },
    disputed: [],
    criteria: [],
    previous: null,
    change: {},
  };
}
