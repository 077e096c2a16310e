// Example frames in the panel input shapes (docs/architecture.md, Data contracts), for the preview gallery and specs.
import type { FrameSpec } from './api';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 1);

export const scorecardTable: FrameSpec = {
  name: 'Scorecard',
  refId: 'A',
  fields: [
    {
      name: 'perspective',
      type: 'string',
      values: ['financial', 'financial', 'customer', 'customer', 'learning-growth'],
    },
    {
      name: 'objective',
      type: 'string',
      values: ['Grow revenue', 'Grow revenue', 'Delight customers', 'Keep customers', 'Skilled teams'],
    },
    { name: 'kpi', type: 'string', values: ['Revenue growth', 'Gross margin', 'NPS', 'Churn rate', 'Training hours'] },
    { name: 'value', type: 'number', values: [7.5, 41, 38, 3.2, 22], config: { decimals: 1 } },
    { name: 'target', type: 'number', values: [8, 45, 45, 2.5, 24] },
    { name: 'redFlag', type: 'number', values: [2, 30, 20, 5, 10] },
    { name: 'goal', type: 'number', values: [8, 45, 45, 2.5, 24] },
    {
      name: 'direction',
      type: 'string',
      values: ['higher-is-better', 'higher-is-better', 'higher-is-better', 'lower-is-better', 'higher-is-better'],
    },
    { name: 'unit', type: 'string', values: ['percent', 'percent', 'score', 'percent', 'h'] },
  ],
};

export const npsTrend: FrameSpec = {
  name: 'customer.nps',
  refId: 'B',
  meta: { custom: { kpiId: 'customer.nps', version: 3, definitionHash: 'example' } },
  fields: [
    { name: 'time', type: 'time', values: [0, 1, 2, 3, 4].map((i) => T0 + i * DAY) },
    { name: 'customer.nps', type: 'number', values: [31, 33, 36, 35, 38], config: { displayName: 'NPS' } },
  ],
};

export const funnelLong: FrameSpec = {
  name: 'Onboarding funnel',
  refId: 'A',
  fields: [
    { name: 'stage', type: 'string', values: ['awareness', 'evaluation', 'purchase', 'onboarding', 'retention'] },
    { name: 'value', type: 'number', values: [12000, 5400, 1900, 1500, 1100] },
    { name: 'previous', type: 'number', values: [11000, 5100, 1700, 1350, 1000] },
  ],
};

export const funnelWide: FrameSpec = {
  name: 'Funnel (wide)',
  refId: 'B',
  fields: [
    { name: 'segment', type: 'string', values: ['web', 'app'] },
    { name: 'awareness', type: 'number', values: [8000, 4000] },
    { name: 'purchase', type: 'number', values: [1200, 700] },
    { name: 'retention', type: 'number', values: [700, 400] },
  ],
};

export interface PanelExample {
  plugin: string;
  title: string;
  frames: FrameSpec[];
}

export const panelExamples: PanelExample[] = [
  { plugin: 'panels/balanced-scorecard', title: 'Balanced Scorecard', frames: [scorecardTable, npsTrend] },
  { plugin: 'panels/journey-funnel', title: 'Journey Funnel', frames: [funnelLong, funnelWide] },
];
