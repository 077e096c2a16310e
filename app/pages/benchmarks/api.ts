import { catalog } from '../../../core/app-api';
import { benchmarks } from '../../../core/maturity/benchmark-api';
import { kpiBenchmarks } from '../../../core/maturity/kpi-benchmark-api';
import { type FilterColumn } from '../../../core/query/columns';
import { kpiServer } from '../../api/kpiServer';
import { listCycles } from '../maturity/api';

/** The Benchmarks page's calls, all reads as Viewer. */

export const loadReleasedCycles = () => listCycles({ state: 'released' });

export const loadBenchmarks = (q: { model: string; year: number; minGroup: number }) => {
  const params = new URLSearchParams({ model: q.model, year: String(q.year), minGroup: String(q.minGroup) });
  return kpiServer({ path: `benchmarks?${params.toString()}`, schema: benchmarks });
};

/** KPIs that are not retired, by name. */
export async function loadKpis(): Promise<Array<{ id: string; name: string }>> {
  const { kpis } = await kpiServer({ path: 'catalog', schema: catalog });
  return kpis
    .filter((k) => k.state !== 'retired')
    .map((k) => ({ id: k.id, name: k.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const loadKpiBenchmarks = (q: { kpi: string; by: FilterColumn; from: number; to: number; minGroup: number }) => {
  const params = new URLSearchParams({
    kpi: q.kpi,
    by: q.by,
    from: String(q.from),
    to: String(q.to),
    minGroup: String(q.minGroup),
  });
  return kpiServer({ path: `benchmarks/kpis?${params.toString()}`, schema: kpiBenchmarks });
};
