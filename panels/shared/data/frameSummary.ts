import { type DataFrame, FieldType, getFieldDisplayName } from '@grafana/data';

export interface FieldSummary {
  name: string;
  displayName: string;
  type: FieldType;
}

export interface FrameSummary {
  index: number;
  name: string;
  refId: string;
  rows: number;
  fields: FieldSummary[];
}

/** One line per input frame: its name, refId, row count and typed fields. */
export function summarizeFrames(series: DataFrame[]): FrameSummary[] {
  return series.map((frame, index) => ({
    index,
    name: frame.name ?? '',
    refId: frame.refId ?? '',
    rows: frame.length,
    fields: frame.fields.map((field) => ({
      name: field.name,
      displayName: getFieldDisplayName(field, frame, series),
      type: field.type,
    })),
  }));
}
