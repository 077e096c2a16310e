/** Field names of the KPI datasource's funnel frame (DESIGN §6); the server writes them, panels read them. */
export const FUNNEL_FIELDS = {
  stage: 'stage',
  name: 'name',
  value: 'value',
  conversion: 'conversion',
  conversionLow: 'conversionLow',
  conversionHigh: 'conversionHigh',
  stepConversion: 'stepConversion',
  stepConversionLow: 'stepConversionLow',
  stepConversionHigh: 'stepConversionHigh',
  medianTimeToConvert: 'medianTimeToConvert',
  meanTimeToConvert: 'meanTimeToConvert',
  inProgress: 'inProgress',
  previous: 'previous',
  previousConversion: 'previousConversion',
  change: 'change',
  significant: 'significant',
} as const;

/** Field names of the time-to-convert histogram frame: per stage, customers up to each bound (seconds). */
export const TIME_TO_CONVERT_FIELDS = { stage: 'stage', upTo: 'upTo', customers: 'customers' } as const;

/** `meta.custom.kind` of the funnel query's second and third frames. */
export const FUNNEL_FRAME_KINDS = { timeToConvert: 'time-to-convert', overTime: 'conversion-over-time' } as const;

/** One KPI of a stage as the scorecard reports it (latest complete period). */
export interface FunnelStageKpi {
  kpiId: string;
  name: string;
  value: number | null;
  target: number | null;
  unit: string | null;
  status: string;
  period: string | null;
}

/** `meta.custom` of the funnel frame. */
export interface FunnelFrameMeta {
  journey: string;
  version: number;
  definitionHash: string;
  order: 'ordered' | 'strict' | 'unordered';
  window: string;
  stages: Array<{ id: string; name: string; kpis: FunnelStageKpi[] }>;
  breakdown?: string;
}
