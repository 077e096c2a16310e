import { type FunnelJourney } from './types';

/**
 * The journey a conversion KPI counts on: its stages from `from` through `to` (all of the journey's rules,
 * the window now starting when a customer enters `from`), so "entered `from` in the period, reached `to`" is
 * stage 1 and the last stage of an ordinary funnel. Null when a stage is missing or `to` is not after `from`.
 */
export function conversionJourney(journey: FunnelJourney, from: string, to: string): FunnelJourney | null {
  const ids = journey.stages.map((s) => s.id);
  const [i, j] = [ids.indexOf(from), ids.indexOf(to)];
  if (i < 0 || j < 0 || i === j) {
    return null;
  }
  const picked =
    journey.order === 'unordered'
      ? [journey.stages[i], journey.stages[j]]
      : j > i
        ? journey.stages.slice(i, j + 1)
        : [];
  const stages = picked.flatMap((s, k) => {
    if (s === undefined) {
      return [];
    }
    const { withinMs: _first, ...rest } = s;
    return [k === 0 ? rest : s];
  });
  return stages.length < 2 ? null : { ...journey, stages };
}
