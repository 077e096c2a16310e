import { type DisplayValue, type LinkModel } from '@grafana/data';

/** Where the funnel came from: long rows, wide fields, or the KPI datasource's funnel frame. */
export type FunnelInputKind = 'long' | 'wide' | 'kpi-funnel';

/** A stage KPI's status as the scorecard reports it, with the word and icon the panel shows beside it. */
export interface StageKpiView {
  kpiId: string;
  name: string;
  value: number | null;
  /** Value in the KPI's own unit ("42.1%"). */
  valueText: string;
  target: number | null;
  targetText: string | null;
  /** core Status ('ok' | 'warning' | 'critical' | 'no-data') as given by the frame. */
  status: string;
  /** "On track", "At risk", … — never colour alone. */
  statusWord: string;
  period: string | null;
}

/** One stage of one group (the whole funnel, or one breakdown value). Stages keep the data's order. */
export interface StageView {
  /** Stable key: the stage id (long/KPI input) or field name (wide input). */
  key: string;
  /** Display name (KPI frame `name`, field display name, or the stage value). */
  name: string;
  /** Position in the data's order, 0-based. */
  index: number;
  value: number | null;
  /** Formatted with the field's unit, decimals, mappings and overrides (display processor). */
  display: DisplayValue;
  /** Of the first stage, 0..1 (null without a first stage count). */
  conversion: number | null;
  /** Of the stage before, 0..1 (null on the first stage). */
  stepConversion: number | null;
  /** Wilson 95 % intervals, from the frame when it carries them, else computed by core funnelFromCounts. */
  conversionInterval: [number, number] | null;
  stepConversionInterval: [number, number] | null;
  /** value(previous stage) − value: customers lost at this step (null on the first stage). */
  dropOff: number | null;
  previous: number | null;
  previousDisplay: DisplayValue | null;
  previousConversion: number | null;
  /** conversion − previousConversion. */
  change: number | null;
  /** Two-proportion test at 95 %: from the frame, else core's; null when not comparable. */
  significant: boolean | null;
  /** Seconds from the previous stage; null on the first stage or when the input has none. */
  medianTimeToConvert: number | null;
  meanTimeToConvert: number | null;
  /** Customers whose window is still open at this stage (recent entrants), never read as drop-offs. */
  inProgress: number | null;
  /** More than the stage before (a rate over 100 %) or a negative count: shown flagged, never as fine. */
  impossible: boolean;
  /** Why `impossible` (e.g. "Purchase 120 exceeds Trial 80: step conversion 150%"). */
  problem: string | null;
  /** Threshold / scheme colour of the bar from the field config (theme-resolved). */
  color: string;
  /** Data links of the stage's field or row (a click on the bar follows the first one). */
  links: LinkModel[];
  kpis: StageKpiView[];
}

/** One funnel: all customers, or one breakdown value's customers. */
export interface FunnelGroupView {
  /** null for the whole funnel; the breakdown value (text) otherwise. */
  breakdown: string | null;
  stages: StageView[];
}

/** Per step (from the second stage on) the time-to-convert histogram from the KPI datasource's second frame. */
export interface TimeToConvertView {
  stage: string;
  buckets: Array<{ upTo: number | null; customers: number }>;
}

export interface FunnelView {
  input: FunnelInputKind;
  /** The breakdown field's name when the data is split, else null. */
  breakdownField: string | null;
  /** Index 0 is always the total funnel; with a breakdown the groups follow in the data's order. */
  groups: FunnelGroupView[];
  hasPrevious: boolean;
  timeToConvert: TimeToConvertView[];
  /** Journey id, version, order and window from a KPI funnel frame. */
  journey: { id: string; version: number | null; order: string; window: string } | null;
  /** Info notices from the frame (e.g. breakdown values folded into "other"). */
  notices: string[];
  /** Input problems that do not stop the panel (a stage row without a name, a non-numeric value …). */
  warnings: string[];
}

/** The input cannot make a funnel: the panel says what is missing and where, and draws nothing wrong. */
export interface FunnelInputError {
  error: string;
  /** Nothing to draw (no frames or no rows): the panel's empty state, not an error. */
  empty?: boolean;
}
