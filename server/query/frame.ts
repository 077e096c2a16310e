// Frames in the JSON of Grafana's /api/ds/query, readable by dataFrameFromJSON of @grafana/data.
export type FrameFieldType = 'time' | 'number' | 'string' | 'boolean' | 'other';

export interface Threshold {
  value: number | null;
  color: string;
}

export interface FieldConfigJson {
  displayName?: string;
  displayNameFromDS?: string;
  unit?: string;
  decimals?: number;
  min?: number;
  max?: number;
  thresholds?: { mode: 'absolute' | 'percentage'; steps: Threshold[] };
  custom?: Record<string, unknown>;
  links?: Array<{ title: string; url: string }>;
}

export interface FieldSpec {
  name: string;
  type: FrameFieldType;
  values: unknown[];
  config?: FieldConfigJson;
  labels?: Record<string, string>;
}

export interface FrameMeta {
  custom?: Record<string, unknown>;
  preferredVisualisationType?: 'graph' | 'table' | 'nodeGraph' | 'logs' | 'trace';
  notices?: Array<{ severity: 'info' | 'warning' | 'error'; text: string }>;
  executedQueryString?: string;
}

export interface FrameJson {
  schema: {
    name?: string;
    refId?: string;
    meta?: FrameMeta;
    fields: Array<{ name: string; type: FrameFieldType; config?: FieldConfigJson; labels?: Record<string, string> }>;
  };
  data: { values: unknown[][] };
}

export function frameJson(opts: { name?: string; refId?: string; meta?: FrameMeta; fields: FieldSpec[] }): FrameJson {
  return {
    schema: {
      ...(opts.name === undefined ? {} : { name: opts.name }),
      ...(opts.refId === undefined ? {} : { refId: opts.refId }),
      ...(opts.meta === undefined ? {} : { meta: opts.meta }),
      fields: opts.fields.map((f) => ({
        name: f.name,
        type: f.type,
        ...(f.config === undefined ? {} : { config: f.config }),
        ...(f.labels === undefined ? {} : { labels: f.labels }),
      })),
    },
    data: { values: opts.fields.map((f) => f.values) },
  };
}
