import { createDataFrame, createTheme, type DataFrame, FieldType } from '@grafana/data';
import { defaultOptions, type Options } from '../options';
import { type KpiView, type ScorecardView } from './model';
import { buildScorecard } from './scorecard';

const theme = createTheme();
const RANGE_END = Date.UTC(2026, 5, 30);

function build(frames: DataFrame[], options: Partial<Options> = {}): ScorecardView {
  return buildScorecard({
    frames,
    options: { ...defaultOptions, ...options },
    theme,
    timeZone: 'utc',
    rangeEnd: RANGE_END,
  });
}

const kpi = (view: ScorecardView, name: string): KpiView => {
  const found = view.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.kpis)).find((k) => k.name === name);
  if (!found) {
    throw new Error(`no KPI ${name}`);
  }
  return found;
};

// The smallest input the panel reads: perspective, objective, kpi, value, target; nothing else.
const bareTable = createDataFrame({
  refId: 'A',
  fields: [
    { name: 'perspective', type: FieldType.string, values: ['financial', 'customer', 'Customer', 'Learning & Growth'] },
    { name: 'objective', type: FieldType.string, values: ['Grow revenue', 'Delight', 'Delight', 'Skills'] },
    { name: 'kpi', type: FieldType.string, values: ['Revenue growth', 'NPS', 'CSAT', 'Training hours'] },
    { name: 'value', type: FieldType.number, values: [7.5, 38, 92, null] },
    { name: 'target', type: FieldType.number, values: [8, 45, 90, 24] },
  ],
});

describe('buildScorecard from a bare table (perspective, objective, kpi, value, target)', () => {
  const view = build([bareTable]);

  it('scores each KPI against its target with the red flag 20% of the target below it', () => {
    // goal 8, red flag 6.4: 10/3 + (7.5 - 6.4) / 1.6 · 10/3 = 5.625
    expect(kpi(view, 'Revenue growth')).toMatchObject({
      goal: 8,
      redFlag: 6.4,
      thresholdSource: 'target',
      status: 'warning',
    });
    expect(kpi(view, 'Revenue growth').score).toBeCloseTo(5.625, 10);
    // goal 45, red flag 36: 10/3 + 2/9 · 10/3 = 4.0741
    expect(kpi(view, 'NPS').score).toBeCloseTo(4.074074, 5);
    // goal 90, red flag 72: 10/3 + 20/18 · 10/3 = 7.0370, at or above the goal
    expect(kpi(view, 'CSAT')).toMatchObject({ status: 'ok' });
    expect(kpi(view, 'CSAT').score).toBeCloseTo(7.037037, 5);
    expect(kpi(view, 'Training hours')).toMatchObject({ score: null, status: 'no-data' });
  });

  it('groups rows into the configured perspectives, matching names loosely, in the configured order', () => {
    expect(view.perspectives.map((p) => [p.name, p.objectives.map((o) => o.name)])).toEqual([
      ['Financial', ['Grow revenue']],
      ['Customer', ['Delight']],
      ['Learning and growth', ['Skills']],
    ]);
  });

  it('rolls up with weighted means over what has data, and says how much has data', () => {
    const [financial, customer, learning] = view.perspectives;
    expect(customer?.score).toBeCloseTo((4.074074 + 7.037037) / 2, 5);
    expect(financial?.score).toBeCloseTo(5.625, 10);
    expect(learning).toMatchObject({ score: null, status: 'no-data', coverage: 0 });
    expect(view.score).toBeCloseTo((5.625 + 5.555556) / 2, 5);
    expect(view).toMatchObject({ status: 'warning', kpiCount: 4, scoredCount: 3, coverage: 0.75, problems: [] });
  });

  it('rolls up by the worst score or by the share on track', () => {
    const worst = build([bareTable], { scoring: { ...defaultOptions.scoring, rollupMode: 'worst' } });
    expect(worst.perspectives[1]?.score).toBeCloseTo(4.074074, 5);
    expect(worst.score).toBeCloseTo(4.074074, 5);
    const count = build([bareTable], { scoring: { ...defaultOptions.scoring, rollupMode: 'count' } });
    // Delight: CSAT on track, NPS not: 10 · 1/2; the perspective counts its objectives on track: none
    expect(count.perspectives[1]?.objectives[0]?.score).toBe(5);
    expect(count.perspectives[1]?.score).toBe(0);
    expect(count.perspectives[0]?.score).toBe(0);
  });

  it('formats values and targets with the value field config', () => {
    const withUnit = createDataFrame({
      fields: bareTable.fields.map((f) =>
        f.name === 'value' ? { ...f, config: { unit: 'percent', decimals: 1 } } : f
      ),
    });
    const nps = kpi(build([withUnit]), 'NPS');
    expect([nps.display.text, nps.display.suffix, nps.targetDisplay?.text]).toEqual(['38.0', '%', '45.0']);
  });
});

describe('buildScorecard on lower-is-better KPIs', () => {
  it('puts the red flag above the target and scores going down as better', () => {
    const churn = createDataFrame({
      fields: [
        { name: 'perspective', values: ['customer'] },
        { name: 'objective', values: ['Keep customers'] },
        { name: 'kpi', values: ['Churn'] },
        { name: 'value', type: FieldType.number, values: [2.8] },
        { name: 'target', type: FieldType.number, values: [2.5] },
        { name: 'direction', values: ['lower-is-better'] },
      ],
    });
    const view = kpi(build([churn]), 'Churn');
    // goal 2.5, red flag 3.0: 10/3 + (2.8 - 3) / (2.5 - 3) · 10/3 = 4.6667
    expect(view).toMatchObject({ goal: 2.5, redFlag: 3, direction: 'lower-is-better', status: 'warning' });
    expect(view.score).toBeCloseTo(4.666667, 5);
  });
});
