import { type ScorecardView } from './model';

/** The trend and change columns, where switched on and some KPI has something to show in them. */
export function shownColumns(view: ScorecardView, wanted: { sparklines: boolean; change: boolean }) {
  const kpis = view.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.kpis));
  return {
    sparklines: wanted.sparklines && kpis.some((k) => k.trend?.values.some((v) => v !== null) ?? false),
    change: wanted.change && kpis.some((k) => k.change !== null),
  };
}
