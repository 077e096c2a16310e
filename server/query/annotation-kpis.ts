import { type Registry } from '../registry/types';

/** The KPIs an annotation query is about: its `kpis`, the scorecard's and the journey stages'; undefined: every KPI. */
export async function annotationKpis(
  registry: Pick<Registry, 'get'>,
  q: { kpis?: string[]; scorecard?: string; journey?: string }
): Promise<string[] | undefined> {
  if (q.kpis === undefined && q.scorecard === undefined && q.journey === undefined) {
    return undefined;
  }
  const ids = [...(q.kpis ?? [])];
  if (q.scorecard !== undefined) {
    const { document: card } = await registry.get('Scorecard', q.scorecard);
    if (card.kind === 'Scorecard') {
      ids.push(...card.spec.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.kpis.map((k) => k.kpi))));
    }
  }
  if (q.journey !== undefined) {
    const { document: journey } = await registry.get('Journey', q.journey);
    if (journey.kind === 'Journey') {
      ids.push(...journey.spec.stages.flatMap((s) => s.kpis));
    }
  }
  return [...new Set(ids)];
}
