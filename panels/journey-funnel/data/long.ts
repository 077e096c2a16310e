import { type DataFrame, type Field } from '@grafana/data';
import { defaultOptions } from '../options';
import { fieldNames, findField, numberAt, sum, textAt } from './fields';
import { type FunnelInputError } from './model';
import { type StageCount } from './stages';

/** Field names of long input, after template variables. */
export interface LongFields {
  stageField: string;
  valueField: string;
  segmentField: string;
  previousField: string;
}

/** One funnel of stage counts: the whole (breakdown null) or one breakdown value. */
export interface CountGroup {
  breakdown: string | null;
  stages: StageCount[];
}

export interface CountGroups {
  breakdownField: string | null;
  groups: CountGroup[];
}

interface LongFrame {
  frame: DataFrame;
  stage: Field;
  value: Field;
  previous: Field | undefined;
  segment: Field | undefined;
}

/** An optional field: absent is fine under its default name, an error when the user named it. */
function optionalField(frame: DataFrame, name: string, option: 'segmentField' | 'previousField', label: string) {
  if (name === '') {
    return undefined;
  }
  const field = findField(frame, name);
  if (field === undefined && name !== defaultOptions[option]) {
    return { error: missing(label, name, frame) };
  }
  return field;
}

const missing = (label: string, name: string, frame: DataFrame) =>
  `The ${label} field "${name}" is not in the data. Fields: ${fieldNames(frame)}.`;

function longFrame(frame: DataFrame, names: LongFields): LongFrame | FunnelInputError {
  const stage = findField(frame, names.stageField);
  const value = findField(frame, names.valueField);
  if (stage === undefined) {
    return { error: missing('stage', names.stageField, frame) };
  }
  if (value === undefined) {
    return { error: missing('value', names.valueField, frame) };
  }
  const previous = optionalField(frame, names.previousField, 'previousField', 'previous-period');
  const segment = optionalField(frame, names.segmentField, 'segmentField', 'breakdown');
  if (previous !== undefined && 'error' in previous) {
    return previous;
  }
  if (segment !== undefined && 'error' in segment) {
    return segment;
  }
  return { frame, stage, value, previous, segment };
}

/** The frames that hold long input: every frame with the stage field, or the first frame to name what is missing. */
export function longFrames(series: DataFrame[], names: LongFields): LongFrame[] | FunnelInputError {
  const withStage = series.filter((f) => findField(f, names.stageField) !== undefined);
  const frames = withStage.length > 0 ? withStage : series.slice(0, 1);
  const read = frames.map((f) => longFrame(f, names));
  const failed = read.find((r): r is FunnelInputError => 'error' in r);
  return failed ?? read.filter((r): r is LongFrame => !('error' in r));
}

// Value mappings on the stage field rename stages ("signup_v2" → "Sign-up").
const stageName = (field: Field, text: string) =>
  (field.config.mappings?.length ?? 0) > 0 && field.display !== undefined ? field.display(text).text : text;

/**
 * Long rows as stage counts: stages in order of first appearance (never by value), several rows of a stage
 * summed; with a breakdown field the total first, then one group per breakdown value in the data's order.
 */
export function readLong(frames: LongFrame[], warnings: string[]): CountGroups {
  const total = new Map<string, StageCount>();
  const groups = new Map<string, Map<string, StageCount>>();
  const split = frames.some((f) => f.segment !== undefined);
  for (const f of frames) {
    for (let row = 0; row < f.frame.length; row++) {
      const key = textAt(f.stage, row);
      if (key === '') {
        warnings.push(`Row ${row + 1}: no stage in "${f.stage.name}"; the row is left out.`);
        continue;
      }
      const value = cell(f.value, row, key, warnings);
      const previous = f.previous === undefined ? null : cell(f.previous, row, key, warnings);
      const base = { key, name: stageName(f.stage, key), value, previous, field: f.value, row };
      add(total, base);
      if (split) {
        const segment = f.segment === undefined ? '' : textAt(f.segment, row);
        const group = groups.get(segment) ?? new Map<string, StageCount>();
        groups.set(segment, group);
        add(group, base);
      }
    }
  }
  const order = [...total.values()];
  const inOrder = (g: Map<string, StageCount>) =>
    order.map((s) => g.get(s.key) ?? { ...s, value: 0, previous: s.previous === null ? null : 0 });
  return {
    breakdownField: split ? (frames.find((f) => f.segment !== undefined)?.segment?.name ?? null) : null,
    groups: [
      { breakdown: null, stages: order },
      ...[...groups].map(([breakdown, g]) => ({
        breakdown: breakdown === '' ? '(none)' : breakdown,
        stages: inOrder(g),
      })),
    ],
  };
}

function add(stages: Map<string, StageCount>, s: StageCount) {
  const had = stages.get(s.key);
  stages.set(
    s.key,
    had === undefined ? { ...s } : { ...had, value: sum(had.value, s.value), previous: sum(had.previous, s.previous) }
  );
}

/** A count cell, or null with a warning naming the row and field. */
export function cell(field: Field, row: number, stage: string, warnings: string[]): number | null {
  const n = numberAt(field, row);
  if (n === null) {
    const raw: unknown = field.values[row];
    const shown = raw === null || raw === undefined ? 'no value' : `"${String(raw)}", not a number`;
    warnings.push(`Row ${row + 1} (${stage}): "${field.name}" has ${shown}; counted as missing.`);
  }
  return n;
}
