import { type DisplayProcessor, type Field, type GrafanaTheme2 } from '@grafana/data';
import { scoreKpi } from '../../../core';
import { type ScoringOptions } from '../options';
import { changeOf } from './change';
import { serverFlags, staleFlag } from './flags';
import { kpiNumbers } from './kpiNumbers';
import { type KpiView, type ViewStatus } from './model';
import { kpiPeriod } from './period';
import { type InputRow } from './rows';
import { type Resolved, resolveThresholds } from './thresholds';
import { latest, type TrendIndex } from './trends';
import { aboveWhole, IMPOSSIBLE_RATE, rowUnit } from './units';
import { weightOf } from './weights';

export interface KpiContext {
  theme: GrafanaTheme2;
  timeZone: string;
  scoring: ScoringOptions;
  trends: TrendIndex;
  format: (field: Field, unit: string) => DisplayProcessor;
  rangeEnd: number;
  staleAfterMs: number | null;
  /** Where what cannot be used as given is said. */
  problems: string[];
}

const NO_THRESHOLDS = 'Not scored: no red flag and goal, thresholds or target to score it by';

function scored(
  row: InputRow,
  t: Resolved,
  unscoreable: boolean,
  flags: string[]
): { score: number | null; status: ViewStatus } {
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

/** The numbers the KPI states itself: its target and its red flag and goal unless derived from the target. */
const statedReferences = (row: InputRow, t: Resolved) =>
  t.source === 'target' ? [row.target, row.goal, row.redFlag] : [row.target, t.goal, t.redFlag];

/** One KPI of the view: formatted value and target, thresholds, score, trend, change, period, details, flags, links. */
/** Why a running period's value is not scored. */
export const RUNNING_PERIOD =
  'The period is still running: shown to date, not scored against the whole period’s target';

export function buildKpi(row: InputRow, key: string, ctx: KpiContext): KpiView {
  const t = resolveThresholds(row, row.valueField.config.thresholds, ctx.scoring, ctx.theme);
  const references = statedReferences(row, t);
  const unit = rowUnit(row.unit ?? row.valueField.config.unit ?? null, references);
  const numbers = { value: row.value, target: row.target, goal: t.goal, redFlag: t.redFlag };
  const shown = kpiNumbers(numbers, row.valueField, unit.id, ctx.format(row.valueField, unit.id));
  const trend = ctx.trends.find(row.kpiId, row.kpi);
  const last = latest(trend);
  const flags = serverFlags(row.flags, row.sample);
  // The panel flags a rate above 100% from any datasource, as the KPI server does with 'impossible-rate'.
  const impossible = row.flags.includes('impossible-rate') || aboveWhole(row.value, unit, references);
  if (impossible && !row.flags.includes('impossible-rate')) {
    flags.push(IMPOSSIBLE_RATE);
  }
  const stale = staleFlag(last?.time ?? null, ctx.rangeEnd, ctx.staleAfterMs, ctx.timeZone);
  if (stale) {
    flags.push(stale);
  }
  if (row.partial) {
    flags.push(RUNNING_PERIOD);
  }
  // Shown but not scored, as the server does: below its minimum sample, a running period, or a value that cannot be right.
  const unscored = impossible || row.partial || row.flags.includes('insufficient-sample');
  const { score, status } = scored(row, t, unscored, flags);
  const change = (before: number | null, basis: 'previous period' | 'previous point', value = row.value) =>
    changeOf(value, before, basis, t.direction, shown.format, unit.label);
  return {
    key,
    name: row.kpi,
    kpiId: row.kpiId,
    value: row.value,
    display: shown.display,
    target: row.target,
    targetDisplay: shown.targetDisplay,
    redFlag: t.redFlag,
    redFlagDisplay: shown.redFlagDisplay,
    goal: t.goal,
    goalDisplay: shown.goalDisplay,
    unitLabel: unit.label,
    period: kpiPeriod(row, ctx.timeZone),
    valueNote: impossible ? IMPOSSIBLE_RATE : null,
    thresholdSource: t.source,
    direction: t.direction,
    score,
    status,
    weight: weightOf(row.weight, `KPI "${row.kpi}"`, ctx.problems),
    change:
      row.previous !== null
        ? change(row.previous, 'previous period')
        : change(last?.before ?? null, 'previous point', last?.value ?? null),
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
