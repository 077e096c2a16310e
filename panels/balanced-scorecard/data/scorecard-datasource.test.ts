import { createDataFrame, createTheme, type DataFrame, FieldType } from '@grafana/data';
import { defaultOptions } from '../options';
import { type KpiView, type ScorecardView } from './model';
import { buildScorecard } from './scorecard';

const theme = createTheme();
const DAY = 86_400_000;
const END = Date.UTC(2026, 5, 30);

// The KPI datasource's scorecard frame (server/query/scorecard-frame.ts) with every optional field.
const table = createDataFrame({
  refId: 'A',
  name: 'corp',
  fields: [
    { name: 'perspective', values: ['Financial', 'Customer', 'Customer'] },
    { name: 'objective', values: ['Grow revenue', 'Delight customers', 'Delight customers'] },
    { name: 'kpi', values: ['New ARR', 'Net Promoter Score', 'Churn rate'] },
    { name: 'value', type: FieldType.number, values: [700000, 31, 0.03] },
    { name: 'target', type: FieldType.number, values: [800000, 45, 0.02] },
    { name: 'redFlag', type: FieldType.number, values: [550000, 20, 0.05] },
    { name: 'goal', type: FieldType.number, values: [800000, 45, 0.02] },
    { name: 'weight', type: FieldType.number, values: [1, 0.75, 0.25] },
    { name: 'objectiveWeight', type: FieldType.number, values: [1, 1, 1] },
    { name: 'perspectiveWeight', type: FieldType.number, values: [0.6, 0.4, 0.4] },
    { name: 'direction', values: ['higher-is-better', 'higher-is-better', 'lower-is-better'] },
    { name: 'unit', values: ['currencyUSD', 'none', 'percentunit'] },
    { name: 'owner', values: ['cfo', 'head-of-cs', 'head-of-cs'] },
    { name: 'kpiId', values: ['financial.new-arr', 'customer.nps', 'customer.churn'] },
    { name: 'version', type: FieldType.number, values: [2, 1, 1] },
    { name: 'causes', values: ['', 'grow-revenue', 'grow-revenue'] },
    { name: 'perspectiveId', values: ['financial', 'customer', 'customer'] },
    { name: 'objectiveId', values: ['grow-revenue', 'delight', 'delight'] },
    { name: 'previous', type: FieldType.number, values: [650000, 35, null] },
    { name: 'sample', type: FieldType.number, values: [12, 40, null] },
    { name: 'flags', values: ['', 'insufficient-sample', ''] },
    { name: 'indicator', values: ['lagging', 'lagging', 'lagging'] },
    { name: 'description', values: ['ARR signed this period', 'Promoters minus detractors', 'Logos lost'] },
  ],
});

function trend(kpiId: string, values: Array<number | null>): DataFrame {
  return createDataFrame({
    name: kpiId,
    meta: { custom: { kpiId } },
    fields: [
      { name: 'time', type: FieldType.time, values: values.map((_, i) => END - (values.length - i) * 7 * DAY) },
      { name: kpiId, type: FieldType.number, values, config: { custom: { kpiId } } },
      {
        name: 'sample',
        type: FieldType.number,
        values: values.map(() => 5),
        config: { custom: { hideFrom: { viz: true } } },
      },
    ],
  });
}

const view = buildScorecard({
  frames: [
    table,
    trend('financial.new-arr', [100, 120, null]),
    trend('customer.churn', [0.04, 0.03, null, null, null, null, null, null]),
  ],
  options: defaultOptions,
  theme,
  timeZone: 'utc',
  rangeEnd: END,
});
const kpi = (v: ScorecardView, id: string): KpiView | undefined =>
  v.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.kpis)).find((k) => k.kpiId === id);

describe('buildScorecard on the KPI datasource scorecard frame', () => {
  it('scores with the red flags and goals of the frame, in each row direction', () => {
    // (700000 - 550000) / 250000 · 10/3 + 10/3 = 5.3333
    expect(kpi(view, 'financial.new-arr')).toMatchObject({ thresholdSource: 'fields', status: 'warning' });
    expect(kpi(view, 'financial.new-arr')?.score).toBeCloseTo(5.333333, 5);
    // lower is better: (0.03 - 0.05) / (0.02 - 0.05) · 10/3 + 10/3 = 5.5556
    expect(kpi(view, 'customer.churn')?.score).toBeCloseTo(5.555556, 5);
  });

  it('shows a value below its minimum sample but does not score it, as the server does', () => {
    expect(kpi(view, 'customer.nps')).toMatchObject({ value: 31, score: null, status: 'unscored' });
    expect(kpi(view, 'customer.nps')?.flags).toEqual(['Insufficient sample (n = 40): shown, not scored']);
  });

  it('weights KPIs and perspectives as the frame says; an objective without scored KPIs counts for nothing', () => {
    const [financial, customer] = view.perspectives;
    expect([financial?.weight, customer?.weight]).toEqual([0.6, 0.4]);
    // only churn (weight 0.25) has a score in Delight: the objective's coverage is 0.25 of its weight
    expect(customer?.objectives[0]).toMatchObject({ coverage: 0.25 });
    expect(customer?.objectives[0]?.score).toBeCloseTo(5.555556, 5);
    expect(view.score).toBeCloseTo(0.6 * 5.333333 + 0.4 * 5.555556, 5);
  });

  it('formats each value in its row unit', () => {
    expect(kpi(view, 'financial.new-arr')?.display).toMatchObject({ prefix: '$', text: '700', suffix: 'K' });
    expect(kpi(view, 'customer.churn')?.display).toMatchObject({ text: '3', suffix: '%' });
  });

  it('shows the change against the previous period, or else the previous trend point', () => {
    expect(kpi(view, 'financial.new-arr')?.change).toMatchObject({
      delta: 50000,
      better: true,
      basis: 'previous period',
      text: '+$50K',
    });
    expect(kpi(view, 'customer.churn')?.change).toMatchObject({ better: true, basis: 'previous point' });
    expect(kpi(view, 'customer.churn')?.change?.delta).toBeCloseTo(-0.01, 10);
  });

  it('finds trends by KPI id and flags a KPI whose latest value is older than 30 days as stale', () => {
    expect(kpi(view, 'financial.new-arr')?.trend?.values).toEqual([100, 120, null]);
    expect(kpi(view, 'financial.new-arr')?.flags).toEqual([]);
    expect(kpi(view, 'customer.churn')?.details.lastUpdate).toBe(END - 7 * 7 * DAY);
    expect(kpi(view, 'customer.churn')?.flags).toEqual([
      'Stale: latest value from 2026-05-12, 49 days before the end of the range',
    ]);
    expect(kpi(view, 'customer.nps')?.trend).toBeNull();
  });

  it('keeps the details for the tooltip and draws causes between objectives by id', () => {
    expect(kpi(view, 'financial.new-arr')?.details).toMatchObject({
      owner: 'cfo',
      version: 2,
      indicator: 'lagging',
      unit: 'currencyUSD',
      sample: 12,
    });
    expect(view.perspectives[1]?.objectives[0]?.causes).toEqual(['financial/growrevenue']);
    expect(view.problems).toEqual([]);
  });
});
