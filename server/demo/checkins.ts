import { type KpiDocument, type ResourceDocument } from '../../core/schema';
import { type CheckInGroup } from '../events/target/data-target';
import { Rng } from './prng';

const MONTHS = 13;

function decimals(unit: string): number {
  if (unit.startsWith('currency')) {
    return 0;
  }
  return unit === 'percentunit' ? 3 : 1;
}

/** Monthly values of one manual KPI moving from near its red flag towards its goal, with noise. */
function monthly(kpi: KpiDocument, rng: Rng, end: number): CheckInGroup {
  const { redFlag, goal } = kpi.spec.thresholds;
  const last = new Date(end);
  const checkIns = [];
  for (let i = MONTHS - 1; i >= 0; i--) {
    const time = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - i, 1);
    const progress = 0.35 + (0.6 * (MONTHS - 1 - i)) / (MONTHS - 1) + (rng.next() - 0.5) * 0.3;
    const scale = 10 ** decimals(kpi.spec.unit);
    const value = Math.round((redFlag + (goal - redFlag) * progress) * scale) / scale;
    const note = i === 0 ? 'monthly check-in (demo data)' : '';
    checkIns.push({ kpi: kpi.metadata.id, time, value, note, author: kpi.spec.owner });
  }
  return { kpi: kpi.metadata.id, checkIns, where: `demo ${kpi.metadata.id}` };
}

/** Deterministic monthly check-ins for every manual KPI of the example organisation, ending at `end`. */
export function demoCheckIns(docs: ResourceDocument[], seed: string, end: number): CheckInGroup[] {
  const rng = new Rng(`${seed}:check-ins`);
  return docs.flatMap((d) => (d.kind === 'KPI' && 'manual' in d.spec.calculation ? [monthly(d, rng, end)] : []));
}
