import { type DisplayProcessor, type Field, type GrafanaTheme2 } from '@grafana/data';
import { scoreKpi } from '../../../core';
import { type ScoringOptions } from '../options';
import { changeOf } from './change';
import { serverFlags, staleFlag } from './flags';
import { type KpiView, type ViewStatus } from './model';
import { type InputRow } from './rows';
import { resolveThresholds } from './thresholds';
import { latest, type TrendIndex } from './trends';
import { weightOf } from './weights';

export interface KpiContext {
  theme: GrafanaTheme2;
  timeZone: string;
  scoring: ScoringOptions;
  trends: TrendIndex;
  format: (field: Field, unit: string | null) => DisplayProcessor;
  rangeEnd: number;
  staleAfterMs: number | null;
  /** Where what cannot be used as given is said. */
  problems: string[];
}

const NO_THRESHOLDS = 'Not scored: no red flag and goal, thresholds or target to score it by';

function scored(
  row: InputRow,
  t: ReturnType<typeof resolveThresholds>,
  flags: string[]
): { score: number | null; status: ViewStatus } {
  // The server shows a value below its minimum sample but does not score it; so does the panel.
  const unscoreable = row.flags.includes('insufficient-sample');
  if (t.redFlag === null || t.goal === null) {
    if (row.value !== null) {
      flags.push(NO_THRESHOLDS);
    }
    return { score: null, status: row.value === null ? 'no-data' : 'unscored' };
  }
  try {
    const s = scoreKpi(unscoreable ? null : row.value, { redFlag: t.redFlag, goal: t.goal, direction: t.direction });
    return { score: s.score, status: unscoreable && row.value !== null ? 'unscored' : s.status };
  } catch (err) {
    flags.push(`Not scored: ${err instanceof Error ? err.message : String(err)}`);
    return { score: null, status: 'unscored' };
  }
}

/** One KPI of the view: formatted value and target, thresholds, score, trend, change, details, flags, links. */
export function buildKpi(row: InputRow, key: string, ctx: KpiContext): KpiView {
  const t = resolveThresholds(row, row.valueField.config.thresholds, ctx.scoring, ctx.theme);
  const format = ctx.format(row.valueField, row.unit);
  const trend = ctx.trends.find(row.kpiId, row.kpi);
  const last = latest(trend);
  const flags = serverFlags(row.flags, row.sample);
  const stale = staleFlag(last?.time ?? null, ctx.rangeEnd, ctx.staleAfterMs, ctx.timeZone);
  if (stale) {
    flags.push(stale);
  }
  const { score, status } = scored(row, t, flags);
  return {
    key,
    name: row.kpi,
    kpiId: row.kpiId,
    value: row.value,
    display: format(row.value),
    target: row.target,
    targetDisplay: row.target === null ? null : format(row.target),
    redFlag: t.redFlag,
    goal: t.goal,
    thresholdSource: t.source,
    direction: t.direction,
    score,
    status,
    weight: weightOf(row.weight, `KPI "${row.kpi}"`, ctx.problems),
    change:
      row.previous !== null
        ? changeOf(row.value, row.previous, 'previous period', t.direction, format)
        : changeOf(last?.value ?? null, last?.before ?? null, 'previous point', t.direction, format),
    trend,
    details: {
      description: row.description,
      owner: row.owner,
      version: row.version,
      indicator: row.indicator,
      unit: row.unit ?? row.valueField.config.unit ?? null,
      sample: row.sample,
      lastUpdate: last?.time ?? null,
    },
    flags,
    links: row.valueField.getLinks?.({ valueRowIndex: row.rowIndex }) ?? [],
  };
}
