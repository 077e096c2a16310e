import { type FunnelOutcomes } from './outcomes';

/** A column value of an event: text, a number (`value`), or missing. */
export type FunnelValue = string | number | null;

/** One event of the source: who, when, and its other canonical columns (event, stage, channel, …). */
export interface FunnelEvent {
  customer: string;
  /** Epoch milliseconds. */
  time: number;
  [column: string]: FunnelValue;
}

type Scalar = string | number | boolean;

/** Column → wanted value or values, all columns ANDed (as a measure's `filter`). */
export type FunnelFilter = Record<string, Scalar | Scalar[]>;

export type FunnelOrder = 'ordered' | 'strict' | 'unordered';

export interface FunnelStage {
  id: string;
  match: FunnelFilter;
  /** Most time allowed since the previous step, in ms (on top of the window). */
  withinMs?: number;
}

/** A journey as the funnel needs it (durations already in ms). */
export interface FunnelJourney {
  order: FunnelOrder;
  /** The conversion window W in ms, from the entry (inclusive). */
  windowMs: number;
  stages: FunnelStage[];
  /** Events that remove a customer whose counted attempt meets one between entry and its last step. */
  exclude?: FunnelFilter[];
  /** Columns whose entry-event value every step's event must carry. */
  holdConstant?: string[];
}

export interface FunnelOptions {
  /** Steps after now do not count; attempts whose window is still open at now are in progress. */
  now: number;
  /** Column of the counted attempt's entry event that splits the customers. */
  breakdown?: string;
}

/** Where one customer got: the counted attempt (the earliest reaching the customer's highest level). */
export interface CustomerFunnel {
  customer: string;
  level: number;
  /** Entry time of the counted attempt. */
  entry: number;
  /** Times of the counted attempt's steps 1..level (ordered and strict; empty for unordered). */
  steps: number[];
  breakdown: FunnelValue;
  /** Highest level of an attempt whose window is still open at now (0: none). */
  open: number;
}

export interface FunnelStageTotals {
  stage: string;
  /** Customers who reached the stage. */
  value: number;
  /** Of those, customers with an attempt that reached it and is still inside its window at now. */
  inProgress: number;
  /** Seconds from the previous step, over customers who reached this stage; null on the first and for unordered. */
  medianTimeToConvert: number | null;
  meanTimeToConvert: number | null;
}

export interface FunnelResult {
  stages: FunnelStageTotals[];
  /** With a breakdown: the same per value of the counted attempt's entry event (text order, missing last). */
  groups: Array<{ breakdown: FunnelValue; stages: FunnelStageTotals[] }>;
  /** Each customer's counted attempt, as columns. */
  outcomes: FunnelOutcomes;
}
