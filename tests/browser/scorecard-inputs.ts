// Hand-made Balanced Scorecard inputs for the browser specs, with the scores worked out by hand.
import type { FrameSpec, RenderPanelRequest } from '../../host/src/api';

export const BALANCED = 'panels/balanced-scorecard';

/** scoreKpi from a target alone, higher is better: goal = target, red flag 80% (docs/architecture.md, Scoring). */
export function handScore(value: number, target: number): number {
  const redFlag = 0.8 * target;
  const raw = 10 / 3 + ((value - redFlag) / (target - redFlag)) * (10 / 3);
  return Math.min(10, Math.max(0, raw));
}

/** Only the five columns a plain table has; Training hours has no value. */
export const fourKpis: FrameSpec = {
  name: 'Four KPIs',
  refId: 'A',
  fields: [
    { name: 'perspective', type: 'string', values: ['Financial', 'Financial', 'Customer', 'Learning and growth'] },
    {
      name: 'objective',
      type: 'string',
      values: ['Grow revenue', 'Grow revenue', 'Delight customers', 'Skilled teams'],
    },
    { name: 'kpi', type: 'string', values: ['Revenue growth', 'Gross margin', 'Net Promoter Score', 'Training hours'] },
    { name: 'value', type: 'number', values: [9, 43, 36, null] },
    { name: 'target', type: 'number', values: [10, 40, 50, 20] },
  ],
};

// 10/3 + (9 − 8)/(10 − 8) · 10/3 = 5; 10/3 + (43 − 32)/8 · 10/3 = 7.917; 10/3 + (36 − 40)/10 · 10/3 = 2.
export const KPI_SCORES = { revenue: 5, margin: 7.917, nps: 2 };
// Means of what has data: (5 + 7.917)/2 = 6.458; the scorecard (6.458 + 2)/2 = 4.229, Learning and growth left out.
export const GROW_REVENUE = 6.458;
export const SCORECARD = 4.229;

export const kpiKeys = {
  revenue: 'financial/growrevenue/0',
  margin: 'financial/growrevenue/1',
  nps: 'customer/delightcustomers/0',
  training: 'learning-growth/skilledteams/0',
};

/** Cells of the table view in the view's own order: perspective, objective, KPI, value, target, score, status. */
export const FOUR_KPI_TABLE = [
  ['Financial', 'Grow revenue', 'Revenue growth', '9', '10', '5.0', 'At risk'],
  ['Financial', 'Grow revenue', 'Gross margin', '43', '40', '7.9', 'On track'],
  ['Customer', 'Delight customers', 'Net Promoter Score', '36', '50', '2.0', 'Off track'],
  ['Learning and growth', 'Skilled teams', 'Training hours', '–', '20', '–', 'No data'],
];

/** The four KPIs with what the KPI datasource adds: id, owner, version, definition, sample and flags. */
export const fourKpisWithDetails: FrameSpec = {
  ...fourKpis,
  fields: [
    ...fourKpis.fields,
    {
      name: 'kpiId',
      type: 'string',
      values: ['fin.revenue-growth', 'fin.gross-margin', 'cust.nps', 'people.training'],
    },
    { name: 'owner', type: 'string', values: ['CFO office', 'CFO office', 'Customer success', 'People team'] },
    { name: 'version', type: 'number', values: [3, 1, 2, 1] },
    {
      name: 'description',
      type: 'string',
      values: [
        'Year-over-year growth of recognised revenue',
        'Revenue minus cost of goods sold, over revenue',
        'Promoters minus detractors among surveyed customers',
        'Training hours per employee this quarter',
      ],
    },
    { name: 'sample', type: 'number', values: [null, null, 12, null] },
    { name: 'flags', type: 'string', values: ['', '', 'insufficient-sample', ''] },
  ],
};

/** The CSV of the provisioned table-input dashboard: weights, directions and the objectives each one drives. */
export const withCauses: FrameSpec = {
  name: 'With causes',
  refId: 'A',
  fields: [
    {
      name: 'perspective',
      type: 'string',
      values: ['Financial', 'Customer', 'Customer', 'Internal process', 'Internal process', 'Learning and growth'],
    },
    {
      name: 'objective',
      type: 'string',
      values: [
        'Grow recurring revenue',
        'Delight customers',
        'Keep customers',
        'Resolve issues fast',
        'Onboard quickly',
        'Build capability',
      ],
    },
    {
      name: 'kpi',
      type: 'string',
      values: [
        'Net revenue retention',
        'Net Promoter Score',
        'Logo churn',
        'First-contact resolution',
        'Onboarding',
        'Training hours',
      ],
    },
    { name: 'value', type: 'number', values: [104, 38, 2.8, 71, 64, 14] },
    { name: 'target', type: 'number', values: [110, 45, 2.5, 75, 80, 20] },
    {
      name: 'direction',
      type: 'string',
      values: ['higher', 'higher', 'lower-is-better', 'higher', 'higher', 'higher'],
    },
    {
      name: 'causes',
      type: 'string',
      values: [
        '',
        'Grow recurring revenue',
        'Grow recurring revenue',
        'Delight customers, Keep customers',
        'Keep customers',
        'Resolve issues fast,Onboard quickly',
      ],
    },
  ],
};

/** Arrows of `withCauses` by objective key: each objective to those it drives. */
export const CAUSE_EDGES: Array<[string, string]> = [
  ['customer/delightcustomers', 'financial/growrecurringrevenue'],
  ['customer/keepcustomers', 'financial/growrecurringrevenue'],
  ['internal-process/resolveissuesfast', 'customer/delightcustomers'],
  ['internal-process/resolveissuesfast', 'customer/keepcustomers'],
  ['internal-process/onboardquickly', 'customer/keepcustomers'],
  ['learning-growth/buildcapability', 'internal-process/resolveissuesfast'],
  ['learning-growth/buildcapability', 'internal-process/onboardquickly'],
];

export const panelRequest = (request: Omit<RenderPanelRequest, 'plugin'>): RenderPanelRequest => ({
  plugin: BALANCED,
  width: 1000,
  height: 520,
  title: 'Balanced Scorecard',
  ...request,
});
