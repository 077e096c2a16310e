import { type DisplayValue, type FormattedValue, type LinkModel } from '@grafana/data';
import { type Direction, type RollupMode, type Status } from '../../../core';

/** A KPI's status as shown: core's four, or 'unscored' for a value without thresholds to score it by. */
export type ViewStatus = Status | 'unscored';

/** Where a KPI's red flag and goal came from. */
export type ThresholdSource = 'fields' | 'field-config' | 'target' | 'none';

export interface TrendView {
  times: number[];
  values: Array<number | null>;
}

/** The value against the previous period (the `previous` field) or, without one, the previous trend point. */
export interface ChangeView {
  delta: number;
  /** The delta in the KPI's unit, signed: "+2.1%". */
  text: string;
  /** Towards the goal (true), away from it (false), or no change (null). */
  better: boolean | null;
  basis: 'previous period' | 'previous point';
}

/** The period a KPI's value covers. */
export interface PeriodView {
  /** "April 2026", or the period's dates when the data gives no label. */
  label: string;
  /** The running period, counted to date. */
  partial: boolean;
}

/** The scorecard's period, for its header. */
export interface PeriodSummary {
  /** The label the KPIs share, or the most common one and how many KPIs report another period. */
  label: string;
  varies: boolean;
  /** Some KPI covers its running period, to date. */
  partial: boolean;
}

export interface KpiDetails {
  description: string | null;
  owner: string | null;
  version: number | null;
  indicator: string | null;
  unit: string | null;
  sample: number | null;
  /** Time of the latest trend point with a value. */
  lastUpdate: number | null;
}

export interface KpiView {
  key: string;
  name: string;
  kpiId: string | null;
  value: number | null;
  /** Value, target, goal and red flag share one unit and one scale, chosen once per row. */
  display: DisplayValue;
  target: number | null;
  targetDisplay: DisplayValue | null;
  redFlag: number | null;
  redFlagDisplay: FormattedValue | null;
  goal: number | null;
  goalDisplay: FormattedValue | null;
  /** A unit Grafana does not know ("score", "customers"): written once, after the numbers. */
  unitLabel: string | null;
  period: PeriodView | null;
  /** Why the value cannot be right (an impossible rate), shown beside it; such a value is not scored. */
  valueNote: string | null;
  thresholdSource: ThresholdSource;
  direction: Direction;
  score: number | null;
  status: ViewStatus;
  weight: number;
  change: ChangeView | null;
  trend: TrendView | null;
  details: KpiDetails;
  /** Readable data-quality notes: insufficient sample, stale, invalid thresholds, missing inputs. */
  flags: string[];
  links: LinkModel[];
}

/** An objective or a perspective: rolled up from its children. */
interface RolledUp {
  key: string;
  id: string;
  name: string;
  weight: number;
  score: number | null;
  status: Status;
  /** Share of the children's weight with a score, 0..1. */
  coverage: number;
}

export interface ObjectiveView extends RolledUp {
  kpis: KpiView[];
  /** Keys of the objectives this one drives (strategy-map arrows). */
  causes: string[];
}

export interface PerspectiveView extends RolledUp {
  objectives: ObjectiveView[];
}

export interface ScorecardView {
  perspectives: PerspectiveView[];
  score: number | null;
  status: Status;
  coverage: number;
  rollupMode: RollupMode;
  kpiCount: number;
  /** KPIs with a scoreable value. */
  scoredCount: number;
  /** What the panel could not use as given, in words (skipped rows, unknown causes, bad thresholds). */
  problems: string[];
  /** Null when the data says nothing of periods. */
  period: PeriodSummary | null;
}
