import { type GrafanaTheme2, type ThresholdsConfig } from '@grafana/data';
import { type Direction } from '../../../core';
import { type ScoringOptions } from '../options';
import { lightOf } from './hue';
import { type ThresholdSource } from './model';

export interface Resolved {
  redFlag: number | null;
  goal: number | null;
  direction: Direction;
  source: ThresholdSource;
}

interface RowThresholds {
  target: number | null;
  redFlag: number | null;
  goal: number | null;
  direction: string | null;
}

/** 'higher-is-better' / 'lower-is-better' (also 'higher', 'lower'), or null for anything else. */
export function directionOf(text: string | null): Direction | null {
  const t = (text ?? '').trim().toLowerCase();
  return t.startsWith('higher') ? 'higher-is-better' : t.startsWith('lower') ? 'lower-is-better' : null;
}

/**
 * A red flag and goal read off the value field's thresholds when they are three steps running red → (any) →
 * green (higher is better) or green → (any) → red (lower is better), the way the KPI datasource sends them.
 */
export function fromFieldThresholds(
  thresholds: ThresholdsConfig | undefined,
  theme: GrafanaTheme2
): Omit<Resolved, 'source'> | null {
  const steps = thresholds?.steps ?? [];
  if (thresholds?.mode !== 'absolute' || steps.length !== 3) {
    return null;
  }
  const [base, middle, top] = steps;
  const lights = [base, top].map((s) => lightOf(theme.visualization.getColorByName(s?.color ?? '')));
  const a = middle?.value;
  const b = top?.value;
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b)) {
    return null;
  }
  if (lights[0] === 'red' && lights[1] === 'green') {
    return { redFlag: a, goal: b, direction: 'higher-is-better' };
  }
  return lights[0] === 'green' && lights[1] === 'red' ? { redFlag: b, goal: a, direction: 'lower-is-better' } : null;
}

/**
 * Red flag and goal of a row, in this order: its redFlag and goal fields; the value field's thresholds; its
 * goal or target with the red flag `redFlagGap` percent of it on the wrong side; else none (not scored).
 */
export function resolveThresholds(
  row: RowThresholds,
  fieldThresholds: ThresholdsConfig | undefined,
  scoring: ScoringOptions,
  theme: GrafanaTheme2
): Resolved {
  const own = directionOf(row.direction);
  if (row.redFlag !== null && row.goal !== null) {
    return { redFlag: row.redFlag, goal: row.goal, direction: own ?? scoring.direction, source: 'fields' };
  }
  const configured = fromFieldThresholds(fieldThresholds, theme);
  if (configured && (own === null || own === configured.direction)) {
    return { ...configured, source: 'field-config' };
  }
  const direction = own ?? scoring.direction;
  const goal = row.goal ?? row.target;
  if (goal !== null && (row.redFlag !== null || goal !== 0)) {
    const gap = (Math.abs(goal) * scoring.redFlagGap) / 100;
    const redFlag = row.redFlag ?? (direction === 'higher-is-better' ? goal - gap : goal + gap);
    return { redFlag, goal, direction, source: 'target' };
  }
  return { redFlag: null, goal: null, direction, source: 'none' };
}
