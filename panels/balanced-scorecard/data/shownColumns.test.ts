import { kpiView, objectiveView, perspectiveView, scorecardView } from '../../../tests/factories/scorecardView';
import { type KpiView } from './model';
import { shownColumns } from './shownColumns';

const card = (kpi: KpiView) => scorecardView([perspectiveView('p', 'P', [objectiveView('o', 'O', [kpi])])]);
const plain = kpiView({ name: 'NPS', value: 40, target: 45 });
const both = { sparklines: true, change: true };

describe('shownColumns', () => {
  it('drops a column no KPI has anything for', () => {
    expect(shownColumns(card(plain), both)).toEqual({ sparklines: false, change: false });
    expect(shownColumns(card({ ...plain, trend: { times: [1], values: [null] } }), both).sparklines).toBe(false);
  });

  it('keeps a column some KPI fills, unless it is switched off', () => {
    const change = { delta: 1, text: '+1', better: true, basis: 'previous period' as const };
    const full = card({ ...plain, change, trend: { times: [1], values: [3] } });
    expect(shownColumns(full, both)).toEqual({ sparklines: true, change: true });
    expect(shownColumns(full, { sparklines: false, change: true })).toEqual({ sparklines: false, change: true });
  });
});
