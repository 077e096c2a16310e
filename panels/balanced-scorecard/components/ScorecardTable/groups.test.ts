import {
  classicScorecard,
  kpiView,
  objectiveView,
  perspectiveView,
  scorecardView,
} from '../../../../tests/factories/scorecardView';
import { tableRows } from '../../data/tableSort';
import { groupRows } from './groups';

describe('groupRows', () => {
  it('keeps every row in one uncaptioned group when perspective and objective are columns', () => {
    const rows = tableRows(classicScorecard());
    expect(groupRows(rows, false)).toEqual([{ key: 'all', caption: null, rows }]);
  });

  it('captions each run of rows under the same objective', () => {
    const view = scorecardView([
      perspectiveView('customer', 'Customer', [
        objectiveView('delight', 'Delight customers', [
          kpiView({ name: 'NPS', value: 1 }),
          kpiView({ name: 'CSAT', value: 2 }),
        ]),
        objectiveView('keep', 'Keep customers', [kpiView({ name: 'Churn', value: 3 })]),
      ]),
    ]);
    const rows = tableRows(view);
    const groups = groupRows(rows, true);
    expect(groups.map((g) => g.caption)).toEqual(['Customer › Delight customers', 'Customer › Keep customers']);
    expect(groups.map((g) => g.rows.map((r) => r.kpi.name))).toEqual([['NPS', 'CSAT'], ['Churn']]);

    const interleaved = [rows[0], rows[2], rows[1]].flatMap((r) => (r ? [r] : []));
    const regrouped = groupRows(interleaved, true);
    expect(regrouped.map((g) => g.caption)).toEqual([
      'Customer › Delight customers',
      'Customer › Keep customers',
      'Customer › Delight customers',
    ]);
    expect(new Set(regrouped.map((g) => g.key)).size).toBe(3);
  });
});
