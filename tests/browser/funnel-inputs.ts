// Journey Funnel inputs for the browser specs: long, wide, the KPI datasource's funnel frame, breakdown, comparison.
import { FUNNEL_FIELDS as F, FUNNEL_FRAME_KINDS, TIME_TO_CONVERT_FIELDS as T } from '../../core/query';
import type { FrameSpec } from '../../host/src/api';

/** Long rows in journey order; Trial has more customers than Sign-up before it (a broken query), and stays third. */
export const longWithImpossible: FrameSpec = {
  name: 'Trial funnel',
  refId: 'A',
  fields: [
    { name: 'stage', type: 'string', values: ['Visit', 'Sign-up', 'Trial', 'Paid'] },
    { name: 'value', type: 'number', values: [1200, 480, 600, 150] },
  ],
};

/** One numeric field per stage, one row. */
export const wide: FrameSpec = {
  name: 'Wide funnel',
  refId: 'A',
  fields: [
    { name: 'Visit', type: 'number', values: [800] },
    { name: 'Trial', type: 'number', values: [200] },
    { name: 'Paid', type: 'number', values: [40] },
  ],
};

/** Long rows split by segment, stage by stage. */
export const longBySegment: FrameSpec = {
  name: 'Funnel by segment',
  refId: 'A',
  fields: [
    { name: 'stage', type: 'string', values: ['Visit', 'Visit', 'Sign-up', 'Sign-up', 'Paid', 'Paid'] },
    { name: 'segment', type: 'string', values: ['web', 'app', 'web', 'app', 'web', 'app'] },
    { name: 'value', type: 'number', values: [600, 400, 240, 100, 60, 20] },
  ],
};

/** Long rows with the period before. */
export const longWithPrevious: FrameSpec = {
  name: 'Funnel against last month',
  refId: 'A',
  fields: [
    { name: 'stage', type: 'string', values: ['Visit', 'Sign-up', 'Paid'] },
    { name: 'value', type: 'number', values: [1000, 400, 100] },
    { name: 'previous', type: 'number', values: [1000, 300, 95] },
  ],
};

const pct = (name: string, values: unknown[]) => ({
  name,
  type: 'number' as const,
  values,
  config: { unit: 'percentunit' },
});
const seconds = (name: string, values: unknown[]) => ({ name, type: 'number' as const, values, config: { unit: 's' } });

/** The KPI datasource's funnel frame (server/funnels/funnel-frames.ts) with compare, as the server writes it. */
export const kpiFunnelFrame: FrameSpec = {
  name: 'northwind-customer-journey',
  refId: 'A',
  meta: {
    preferredVisualisationType: 'table',
    custom: {
      journey: 'northwind-customer-journey',
      version: 2,
      definitionHash: 'sha256-example',
      order: 'ordered',
      window: '150d',
      stages: [
        { id: 'awareness', name: 'Awareness', kpis: [] },
        {
          id: 'evaluation',
          name: 'Evaluation',
          kpis: [
            {
              kpiId: 'customer.trial-to-paid',
              name: 'Trial to paid',
              value: 18,
              target: 25,
              unit: 'percent',
              status: 'warning',
              period: 'October 2026',
            },
          ],
        },
        {
          id: 'purchase',
          name: 'Purchase',
          kpis: [
            {
              kpiId: 'customer.new-customers',
              name: 'New customers',
              value: 42,
              target: 40,
              unit: 'customers',
              status: 'ok',
              period: 'October 2026',
            },
          ],
        },
      ],
    },
  },
  fields: [
    { name: F.stage, type: 'string', values: ['awareness', 'evaluation', 'purchase'] },
    { name: F.name, type: 'string', values: ['Awareness', 'Evaluation', 'Purchase'] },
    { name: F.value, type: 'number', values: [2000, 600, 180] },
    pct(F.conversion, [1, 0.3, 0.09]),
    pct(F.conversionLow, [0.998, 0.265, 0.078]),
    pct(F.conversionHigh, [1, 0.337, 0.104]),
    pct(F.stepConversion, [1, 0.3, 0.3]),
    pct(F.stepConversionLow, [0.998, 0.265, 0.265]),
    pct(F.stepConversionHigh, [1, 0.337, 0.338]),
    seconds(F.medianTimeToConvert, [null, 216000, 604800]),
    seconds(F.meanTimeToConvert, [null, 259200, 691200]),
    { name: F.inProgress, type: 'number', values: [0, 60, 36] },
    { name: F.previous, type: 'number', values: [1900, 475, 190] },
    pct(F.previousConversion, [1, 0.25, 0.1]),
    pct(F.change, [0, 0.05, -0.01]),
    { name: F.significant, type: 'boolean', values: [null, true, false] },
  ],
};

/** The funnel query's second frame: per step, customers up to each bound in seconds (the last bound open). */
export const kpiTimeToConvertFrame: FrameSpec = {
  name: 'northwind-customer-journey time to convert',
  refId: 'A',
  meta: { custom: { journey: 'northwind-customer-journey', kind: FUNNEL_FRAME_KINDS.timeToConvert } },
  fields: [
    { name: T.stage, type: 'string', values: ['evaluation', 'evaluation', 'evaluation', 'purchase', 'purchase'] },
    seconds(T.upTo, [86400, 604800, null, 604800, null]),
    { name: T.customers, type: 'number', values: [250, 300, 50, 100, 80] },
  ],
};
