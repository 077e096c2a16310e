import { type DisplayValue, type Field, type LinkModel } from '@grafana/data';
import { funnelFromCounts } from '../../../core/funnel';
import { displayOf, type FieldContext, linksAt } from './fields';
import { type StageView } from './model';

/** A stage's count as read from long or wide input, with the field (and row) whose config formats and links it. */
export interface StageCount {
  key: string;
  name: string;
  value: number | null;
  previous: number | null;
  field: Field;
  row: number;
}

/** How a stage looks from its field config: formatted value, bar colour, data links. */
export interface StageLook {
  display: DisplayValue;
  previousDisplay: DisplayValue | null;
  color: string;
  links: LinkModel[];
}

export function stageLook(
  field: Field,
  row: number,
  counts: { value: number | null; previous: number | null },
  ctx: FieldContext
): StageLook {
  const display = displayOf(field, ctx);
  const shown = display(counts.value);
  return {
    display: shown,
    previousDisplay: counts.previous === null ? null : display(counts.previous),
    color: shown.color ?? ctx.theme.colors.primary.main,
    links: linksAt(field, row),
  };
}

const count = (n: number) => n.toLocaleString('en-US');

/** Why a stage cannot be right: a negative count, or more customers than the stage before (a rate over 100 %). */
export function stageProblem(
  stage: { name: string; value: number | null },
  before: { name: string; value: number | null } | undefined
): string | null {
  if (stage.value !== null && stage.value < 0) {
    return `${stage.name} has a negative count (${count(stage.value)})`;
  }
  if (stage.value === null || before?.value === null || before === undefined || stage.value <= before.value) {
    return null;
  }
  const rate = before.value > 0 ? `${Math.round((stage.value / before.value) * 100)}%` : 'infinite';
  return `${stage.name} ${count(stage.value)} exceeds ${before.name} ${count(before.value)}: step conversion ${rate}`;
}

/** Stage views of counts in the data's order: conversions, Wilson intervals and change from core's funnelFromCounts. */
export function stagesFromCounts(stages: readonly StageCount[], ctx: FieldContext): StageView[] {
  const steps = funnelFromCounts(stages.map((s) => ({ stage: s.key, value: s.value, previous: s.previous })));
  return stages.map((s, i) => {
    const step = steps[i];
    const before = stages[i - 1];
    const problem = stageProblem(s, before);
    return {
      key: s.key,
      name: s.name,
      index: i,
      value: s.value,
      ...stageLook(s.field, s.row, s, ctx),
      conversion: step?.conversion ?? null,
      stepConversion: i === 0 ? null : (step?.stepConversion ?? null),
      conversionInterval: step?.conversionInterval ?? null,
      stepConversionInterval: i === 0 ? null : (step?.stepConversionInterval ?? null),
      dropOff: dropOff(before?.value, s.value),
      previous: s.previous,
      previousConversion: step?.previousConversion ?? null,
      change: step?.change ?? null,
      significant: step?.significant ?? null,
      medianTimeToConvert: null,
      meanTimeToConvert: null,
      inProgress: null,
      impossible: problem !== null,
      problem,
      kpis: [],
    };
  });
}

/** Customers lost from the stage before (null on the first stage or without both counts). */
export function dropOff(before: number | null | undefined, value: number | null): number | null {
  return before === null || before === undefined || value === null ? null : before - value;
}
