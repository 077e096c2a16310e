import { type DataFrame, type GrafanaTheme2, rangeUtil } from '@grafana/data';
import { rollup } from '../../../core';
import { type Options } from '../options';
import { resolveCauses } from './causes';
import { scorecardFields } from './fields';
import { displayProcessors } from './format';
import { groupRows, type ObjectiveGroup } from './group';
import { buildKpi, type KpiContext } from './kpis';
import { type KpiView, type ObjectiveView, type PerspectiveView, type ScorecardView } from './model';
import { metaPeriod, periodSummary } from './period';
import { readRows } from './rows';
import { weightOf } from './weights';
import { indexTrends } from './trends';

export interface ScorecardInput {
  frames: DataFrame[];
  options: Options;
  theme: GrafanaTheme2;
  timeZone: string;
  /** End of the panel's time range (epoch ms), for stale flags. */
  rangeEnd: number;
}

function staleAfter(text: string, problems: string[]): number | null {
  if (text.trim() === '') {
    return null;
  }
  try {
    return rangeUtil.intervalToMs(text.trim());
  } catch {
    problems.push(`Stale after: "${text}" is not a duration such as 30d or 12h; no KPI is flagged stale`);
    return null;
  }
}

function objectiveView(
  group: ObjectiveGroup,
  ctx: KpiContext,
  problems: string[],
  mode: Options['scoring']['rollupMode']
): ObjectiveView {
  const kpis: KpiView[] = group.rows.map((row, i) => buildKpi(row, `${group.key}/${i}`, ctx));
  const r = rollup(kpis, mode);
  const weight = weightOf(group.weight, `Objective "${group.name}"`, problems);
  return { key: group.key, id: group.id, name: group.name, weight, kpis, causes: group.causes, ...r };
}

/** Frames (a scorecard table from any datasource, plus trend series) → the view every scorecard view draws. */
export function buildScorecard({ frames, options, theme, timeZone, rangeEnd }: ScorecardInput): ScorecardView {
  const { rows, problems } = readRows(frames, options.fields);
  const mode = options.scoring.rollupMode;
  const tables = frames.filter((f) => scorecardFields(f, options.fields) !== null);
  const ctx: KpiContext = {
    theme,
    timeZone,
    scoring: options.scoring,
    trends: indexTrends(frames.filter((f) => !tables.includes(f))),
    format: displayProcessors(theme, timeZone),
    rangeEnd,
    staleAfterMs: staleAfter(options.display.staleAfter, problems),
    problems,
  };
  const perspectives: PerspectiveView[] = groupRows(rows, options.perspectives).map((p) => {
    const objectives = p.objectives.map((o) => objectiveView(o, ctx, problems, mode));
    const weight = weightOf(p.weight, `Perspective "${p.name}"`, problems);
    return { key: p.key, id: p.id, name: p.name, weight, objectives, ...rollup(objectives, mode) };
  });
  const withCauses = resolveCauses(perspectives, problems);
  const kpis = withCauses.flatMap((p) => p.objectives.flatMap((o) => o.kpis));
  const total = rollup(withCauses, mode);
  const scoredCount = kpis.filter((k) => k.score !== null).length;
  return {
    perspectives: withCauses,
    score: total.score,
    status: total.status,
    coverage: kpis.length === 0 ? 0 : scoredCount / kpis.length,
    rollupMode: mode,
    kpiCount: kpis.length,
    scoredCount,
    problems,
    period: periodSummary(
      kpis.map((k) => k.period),
      metaPeriod(tables)
    ),
  };
}
