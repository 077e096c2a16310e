// TestData scenarios the host implements: csv_content, raw_frame and variables-query; others fail naming them.
import {
  type DataFrame,
  dateTimeParse,
  type Field,
  FieldType,
  readCSV,
  type ScopedVars,
  toDataFrame,
} from '@grafana/data';
import type { DataQuery } from '@grafana/schema';
import { getTemplateSrv } from '@grafana/runtime';
import { queryMetricTree } from './metricTree';

export interface TestDataQuery extends DataQuery {
  scenarioId?: string;
  csvContent?: string;
  rawFrameContent?: string;
  stringInput?: string;
}

export const SCENARIOS = ['csv_content', 'raw_frame', 'variables-query'];

// TestData reads time columns as instants; readCSV leaves their text as it is.
function timeValues(field: Field): Field {
  if (field.type !== FieldType.time) {
    return field;
  }
  const values = field.values.map((v: unknown) =>
    typeof v === 'number' ? v : v === null || v === undefined || v === '' ? null : dateTimeParse(String(v)).valueOf()
  );
  return { ...field, values };
}

/** The csv_content scenario: one frame with typed fields (numbers as numbers), refId kept. */
export function csvContentFrame(csv: string, refId: string): DataFrame[] {
  if (csv.trim() === '') {
    return [];
  }
  return readCSV(csv).map((frame) => ({ ...frame, refId, fields: frame.fields.map(timeValues) }));
}

/** The raw_frame scenario: a JSON array of frames (DataFrameDTO or DataFrameJSON), each given the query's refId. */
export function rawFrames(json: string, refId: string): DataFrame[] {
  const parsed: unknown = JSON.parse(json || '[]');
  if (!Array.isArray(parsed)) {
    throw new Error('raw_frame content must be a JSON array of frames');
  }
  return parsed.map((item: unknown) => ({ ...toDataFrame(item), refId }));
}

/** The variables-query scenario: value/text rows of the metric tree nodes the query selects. */
export function metricTreeFrame(query: string, refId: string): DataFrame[] {
  const names = queryMetricTree(query);
  return [
    toDataFrame({
      refId,
      fields: [
        { name: 'value', type: FieldType.string, values: names },
        { name: 'text', type: FieldType.string, values: names },
      ],
    }),
  ];
}

/** Frames of one (not hidden) target, its text fields interpolated as TestData's resolveTemplateVariables does. */
export function runScenario(target: TestDataQuery, scopedVars: ScopedVars): DataFrame[] {
  const replace = (text: string | undefined) => getTemplateSrv().replace(text ?? '', scopedVars);
  const scenario = replace(target.scenarioId ?? 'random_walk');
  switch (scenario) {
    case 'csv_content':
      return csvContentFrame(replace(target.csvContent), target.refId);
    case 'raw_frame':
      return rawFrames(replace(target.rawFrameContent), target.refId);
    case 'variables-query':
      return metricTreeFrame(replace(target.stringInput), target.refId);
    default:
      throw new Error(`TestData scenario "${scenario}" is not available in the host (only ${SCENARIOS.join(', ')})`);
  }
}
