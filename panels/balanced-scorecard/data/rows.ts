import { type DataFrame, type Field } from '@grafana/data';
import { type FieldNames } from '../options';
import { type RoleFields, scorecardFields } from './fields';
import { booleanAt, listAt, numberAt, textAt, timeAt } from './read';

/** One KPI row of the input, read by role; values a row lacks are null. */
export interface InputRow {
  rowIndex: number;
  valueField: Field;
  perspective: string;
  perspectiveId: string | null;
  objective: string;
  objectiveId: string | null;
  kpi: string;
  kpiId: string | null;
  value: number | null;
  target: number | null;
  redFlag: number | null;
  goal: number | null;
  weight: number | null;
  objectiveWeight: number | null;
  perspectiveWeight: number | null;
  direction: string | null;
  unit: string | null;
  owner: string | null;
  version: number | null;
  causes: string[];
  previous: number | null;
  /** The server's flags: 'insufficient-sample', 'impossible-rate', 'partial', … */
  flags: string[];
  sample: number | null;
  indicator: string | null;
  description: string | null;
  period: string | null;
  periodLabel: string | null;
  /** Epoch ms; the end is exclusive. */
  periodStart: number | null;
  periodEnd: number | null;
  /** The running period, counted to date (the `partial` field or flag). */
  partial: boolean;
}

type Named = Pick<InputRow, 'perspective' | 'objective' | 'kpi'>;

function readRow(f: RoleFields, value: Field, i: number, named: Named): InputRow {
  const flags = listAt(f.flags, i);
  return {
    ...named,
    rowIndex: i,
    valueField: value,
    perspectiveId: textAt(f.perspectiveId, i),
    objectiveId: textAt(f.objectiveId, i),
    kpiId: textAt(f.kpiId, i),
    value: numberAt(value, i),
    target: numberAt(f.target, i),
    redFlag: numberAt(f.redFlag, i),
    goal: numberAt(f.goal, i),
    weight: numberAt(f.weight, i),
    objectiveWeight: numberAt(f.objectiveWeight, i),
    perspectiveWeight: numberAt(f.perspectiveWeight, i),
    direction: textAt(f.direction, i),
    unit: textAt(f.unit, i),
    owner: textAt(f.owner, i),
    version: numberAt(f.version, i),
    causes: listAt(f.causes, i),
    previous: numberAt(f.previous, i),
    flags,
    sample: numberAt(f.sample, i),
    indicator: textAt(f.indicator, i),
    description: textAt(f.description, i),
    period: textAt(f.period, i),
    periodLabel: textAt(f.periodLabel, i),
    periodStart: timeAt(f.periodStart, i),
    periodEnd: timeAt(f.periodEnd, i),
    partial: booleanAt(f.partial, i) === true || flags.includes('partial'),
  };
}

const frameLabel = (frame: DataFrame, index: number) =>
  frame.name ? `"${frame.name}"` : `${index + 1}${frame.refId ? ` (${frame.refId})` : ''}`;

/** The KPI rows of every scorecard table among the frames; rows without a perspective, objective or KPI are skipped and said. */
export function readRows(frames: DataFrame[], names: FieldNames): { rows: InputRow[]; problems: string[] } {
  const rows: InputRow[] = [];
  const problems: string[] = [];
  frames.forEach((frame, index) => {
    const fields = scorecardFields(frame, names);
    const value = fields?.value;
    if (!fields || !value) {
      return;
    }
    for (let i = 0; i < frame.length; i++) {
      const perspective = textAt(fields.perspective, i);
      const objective = textAt(fields.objective, i);
      const kpi = textAt(fields.kpi, i);
      if (!perspective || !objective || !kpi) {
        const lacks = [!perspective && 'perspective', !objective && 'objective', !kpi && 'KPI'].filter(Boolean);
        problems.push(`Row ${i + 1} of frame ${frameLabel(frame, index)} has no ${lacks.join(' or ')}: left out`);
        continue;
      }
      rows.push(readRow(fields, value, i, { perspective, objective, kpi }));
    }
  });
  return { rows, problems };
}
