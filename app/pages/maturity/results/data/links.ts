import { type Cycle } from '../../../../../core/maturity/api';
import { APP_BASE } from '../../../../constants';

/** The Benchmarks page on the cycle's model and year, with its unit highlighted. */
export function benchmarksPath(cycle: Pick<Cycle, 'model' | 'year' | 'unit'>): string {
  const params = new URLSearchParams({ model: cycle.model, year: String(cycle.year), unit: cycle.unit });
  return `${APP_BASE}/benchmarks?${params.toString()}`;
}
