import { createDataFrame, createTheme, FieldType } from '@grafana/data';
import { defaultOptions, type Options } from '../options';
import { buildScorecard } from './scorecard';

const theme = createTheme();

function build(fields: Parameters<typeof createDataFrame>[0]['fields'], options: Partial<Options> = {}) {
  return buildScorecard({
    frames: [createDataFrame({ refId: 'A', fields })],
    options: { ...defaultOptions, ...options },
    theme,
    timeZone: 'utc',
    rangeEnd: 0,
  });
}

const base = [
  { name: 'perspective', values: ['customer', 'customer', ''] },
  { name: 'objective', values: ['Delight', 'Keep', 'Orphan'] },
  { name: 'kpi', values: ['NPS', 'Churn', 'Lost'] },
];

describe('buildScorecard says what it cannot use', () => {
  it('leaves out rows without perspective, objective or KPI, naming them', () => {
    const view = build([...base, { name: 'value', type: FieldType.number, values: [40, 2, 1] }]);
    expect(view.kpiCount).toBe(2);
    expect(view.problems).toEqual(['Row 3 of frame 1 (A) has no perspective: left out']);
  });

  it('counts a negative weight as 0 and says so; draws no arrow to an unknown objective', () => {
    const view = build([
      ...base,
      { name: 'value', type: FieldType.number, values: [40, 2, 1] },
      { name: 'weight', type: FieldType.number, values: [-1, 1, 1] },
      { name: 'causes', values: ['Keep, Nowhere', 'delight', ''] },
    ]);
    expect(view.problems).toEqual([
      'Row 3 of frame 1 (A) has no perspective: left out',
      'KPI "NPS" has weight -1, below 0: counted with weight 0',
      'Objective "Delight" drives "Nowhere", which is no objective of this scorecard: no arrow',
    ]);
    expect(view.perspectives[0]?.objectives.map((o) => o.causes)).toEqual([['customer/keep'], ['customer/delight']]);
  });

  it('marks a value it cannot score, with the reason', () => {
    const view = build([
      ...base,
      { name: 'value', type: FieldType.number, values: [40, 2, 1] },
      { name: 'redFlag', type: FieldType.number, values: [45, null, null] },
      { name: 'goal', type: FieldType.number, values: [45, null, null] },
    ]);
    const [nps, churn] = view.perspectives[0]?.objectives.flatMap((o) => o.kpis) ?? [];
    expect(nps).toMatchObject({ status: 'unscored', score: null });
    expect(nps?.flags).toEqual(['Not scored: with higher-is-better the red flag (45) must lie below the goal (45)']);
    expect(churn).toMatchObject({ status: 'unscored', thresholdSource: 'none' });
    expect(churn?.flags).toEqual(['Not scored: no red flag and goal, thresholds or target to score it by']);
  });

  it('reads numbers given as text and reports a stale-after that is no duration', () => {
    const view = build(
      [
        ...base,
        { name: 'value', type: FieldType.string, values: ['40.5', 'n/a', '1'] },
        { name: 'target', values: ['45', '2', '1'] },
      ],
      { display: { ...defaultOptions.display, staleAfter: 'a month' } }
    );
    const kpis = view.perspectives[0]?.objectives.flatMap((o) => o.kpis);
    expect(kpis?.map((k) => [k.value, k.target])).toEqual([
      [40.5, 45],
      [null, 2],
    ]);
    expect(view.problems).toContain(
      'Stale after: "a month" is not a duration such as 30d or 12h; no KPI is flagged stale'
    );
  });

  it('puts perspectives that are not configured after the configured ones, named as in the data', () => {
    const view = build([
      { name: 'perspective', values: ['Sustainability', 'customer'] },
      { name: 'objective', values: ['Lower emissions', 'Delight'] },
      { name: 'kpi', values: ['CO2', 'NPS'] },
      { name: 'value', type: FieldType.number, values: [1, 2] },
    ]);
    expect(view.perspectives.map((p) => [p.key, p.name])).toEqual([
      ['customer', 'Customer'],
      ['sustainability', 'Sustainability'],
    ]);
  });

  it('uses the configured perspective names, order and weights', () => {
    const view = build(
      [
        { name: 'perspective', values: ['customer', 'financial'] },
        { name: 'objective', values: ['Delight', 'Grow'] },
        { name: 'kpi', values: ['NPS', 'ARR'] },
        { name: 'value', type: FieldType.number, values: [50, 50] },
        { name: 'target', type: FieldType.number, values: [50, 100] },
        { name: 'perspectiveWeight', type: FieldType.number, values: [0.5, 0.5] },
      ],
      {
        perspectives: [
          { id: 'customer', name: 'Clients', weight: 3 },
          { id: 'financial', name: 'Money', weight: 1 },
        ],
      }
    );
    expect(view.perspectives.map((p) => [p.name, p.weight])).toEqual([
      ['Clients', 3],
      ['Money', 1],
    ]);
    // NPS at its goal scores 20/3; ARR at half its target lies 30% of the goal below the red flag: score 0
    expect(view.score).toBeCloseTo((3 * 20) / 3 / 4, 5);
  });
});
