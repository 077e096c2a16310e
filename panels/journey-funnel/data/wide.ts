import { type DataFrame, type Field, getFieldDisplayName } from '@grafana/data';
import { fieldNames, findField, isNumeric, sum, textAt } from './fields';
import { cell, type CountGroups } from './long';
import { type FunnelInputError } from './model';
import { type StageCount } from './stages';

interface WideStage {
  frame: DataFrame;
  field: Field;
  name: string;
}

/** The stage fields of wide input: every numeric field in frame and field order, or the chosen ones in their order. */
export function wideStages(series: DataFrame[], chosen: string[]): WideStage[] | FunnelInputError {
  const all = series.flatMap((frame) =>
    frame.fields.filter(isNumeric).map((field) => ({ frame, field, name: getFieldDisplayName(field, frame, series) }))
  );
  if (chosen.length === 0) {
    return all;
  }
  const picked: WideStage[] = [];
  for (const name of chosen) {
    const found = all.find((s) => s.name === name || s.field.name === name);
    if (found === undefined) {
      const existing = series.map(fieldNames).join('; ');
      return { error: `The stage field "${name}" is not a numeric field of the data. Fields: ${existing}.` };
    }
    picked.push(found);
  }
  return picked;
}

/**
 * Wide input as stage counts: one numeric field per stage. Each field's rows are summed; when every stage is
 * in one frame that has the breakdown field, its rows are breakdown groups (the total first).
 */
export function readWide(stages: WideStage[], segmentField: string, warnings: string[]): CountGroups {
  const frames = new Set(stages.map((s) => s.frame));
  const only = frames.size === 1 ? stages[0]?.frame : undefined;
  const segment = only === undefined || segmentField === '' ? undefined : findField(only, segmentField);
  const split = segment !== undefined && !isNumeric(segment) ? segment : undefined;
  const groups = new Map<string, StageCount[]>();
  const names = stages.map((s) => s.field.name);
  // Several queries often each return a field called "Value": their display names tell them apart.
  const keys = stages.map((s) => (names.filter((n) => n === s.field.name).length === 1 ? s.field.name : s.name));
  const blank = () => stages.map((s, i) => stageCount(s, null, keys[i]));
  const total = blank();
  stages.forEach((s, i) => {
    for (let row = 0; row < s.frame.length; row++) {
      const value = cell(s.field, row, s.name, warnings);
      const t = total[i];
      if (t !== undefined) {
        total[i] = { ...t, value: row === 0 ? value : sum(t.value, value) };
      }
      if (split !== undefined) {
        const key = textAt(split, row) || '(none)';
        const group = groups.get(key) ?? blank().map((st) => ({ ...st, row }));
        groups.set(key, group);
        const g = group[i];
        if (g !== undefined) {
          group[i] = { ...g, value: sum(g.value, value) };
        }
      }
    }
  });
  return {
    breakdownField: split?.name ?? null,
    groups: [{ breakdown: null, stages: total }, ...[...groups].map(([breakdown, g]) => ({ breakdown, stages: g }))],
  };
}

const stageCount = (s: WideStage, value: number | null, key = s.field.name): StageCount => ({
  key,
  name: s.name,
  value,
  previous: null,
  field: s.field,
  row: 0,
});
