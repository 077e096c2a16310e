import { type Cycle } from '../../../../../core/maturity/api';

/** A cycle with neutral defaults: released, three criteria, two assessors done. */
export const aCycle = (patch: Partial<Cycle> & Pick<Cycle, 'id' | 'unit' | 'year'>): Cycle => ({
  model: 'm',
  modelVersion: 1,
  asOf: `${patch.year}-12-31`,
  assessors: ['ann', 'bo'],
  lead: 'ann',
  state: 'released',
  createdBy: 'admin',
  createdAt: '2026-01-05T09:00:00Z',
  releasedBy: null,
  releasedAt: null,
  progress: { ann: 3, bo: 3 },
  criteria: 3,
  ...patch,
});
