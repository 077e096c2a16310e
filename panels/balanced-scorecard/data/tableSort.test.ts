import {
  classicScorecard,
  kpiView,
  objectiveView,
  perspectiveView,
  scorecardView,
} from '../../../tests/factories/scorecardView';
import { type ViewStatus } from './model';
import { compareNumbers, compareStatus, nextSort, sortRows, tableRows, type SortState } from './tableSort';

const names = (rows: ReturnType<typeof tableRows>) => rows.map((r) => r.kpi.name);
const sorted = (column: SortState['column'], direction: SortState['direction']) =>
  names(sortRows(tableRows(classicScorecard()), { column, direction }));

describe('tableRows', () => {
  it('lists KPIs in the view order with their perspective and objective', () => {
    const rows = tableRows(classicScorecard());
    expect(names(rows)).toEqual(['Revenue growth', 'NPS', 'First-contact resolution', 'Training hours']);
    expect(rows[1]?.perspective).toEqual({ key: 'customer', name: 'Customer' });
    expect(rows[1]?.objective).toEqual({ key: 'delight', name: 'Delight customers' });
  });
});

describe('sortRows', () => {
  it('keeps the view order without a sort', () => {
    const rows = tableRows(classicScorecard());
    expect(sortRows(rows, null)).toEqual(rows);
  });

  it('sorts scores numerically with the KPI without data last in both directions', () => {
    // Scores: Revenue growth 6.4, NPS 5.7, First-contact resolution 5.8, Training hours none.
    expect(sorted('score', 'ascending')).toEqual([
      'NPS',
      'First-contact resolution',
      'Revenue growth',
      'Training hours',
    ]);
    expect(sorted('score', 'descending')).toEqual([
      'Revenue growth',
      'First-contact resolution',
      'NPS',
      'Training hours',
    ]);
  });

  it('sorts values numerically, not as text', () => {
    expect(sorted('value', 'ascending')).toEqual([
      'Revenue growth',
      'NPS',
      'First-contact resolution',
      'Training hours',
    ]);
    expect(sorted('target', 'descending')).toEqual([
      'First-contact resolution',
      'NPS',
      'Training hours',
      'Revenue growth',
    ]);
  });

  it('sorts text with the locale, numbers inside names by value', () => {
    const view = scorecardView([
      perspectiveView('p', 'P', [
        objectiveView('o', 'O', [kpiView({ name: 'KPI 10', value: 1 }), kpiView({ name: 'kpi 9', value: 1 })]),
      ]),
    ]);
    expect(names(sortRows(tableRows(view), { column: 'kpi', direction: 'ascending' }))).toEqual(['kpi 9', 'KPI 10']);
    expect(sorted('perspective', 'ascending')).toEqual([
      'NPS',
      'Revenue growth',
      'First-contact resolution',
      'Training hours',
    ]);
    expect(sorted('objective', 'descending')).toEqual([
      'Training hours',
      'First-contact resolution',
      'Revenue growth',
      'NPS',
    ]);
  });

  it('sorts by change delta, KPIs without a change last', () => {
    const rows = tableRows(classicScorecard()).map((r, i) => ({
      ...r,
      kpi: {
        ...r.kpi,
        change:
          i === 0 ? null : { delta: i * (i % 2 ? 1 : -1), text: '', better: null, basis: 'previous point' as const },
      },
    }));
    // Deltas: none, +1, -2, +3.
    expect(names(sortRows(rows, { column: 'change', direction: 'ascending' }))).toEqual([
      'First-contact resolution',
      'NPS',
      'Training hours',
      'Revenue growth',
    ]);
  });

  it('sorts status by severity', () => {
    const unscored = { ...kpiView({ name: 'unscored', value: 3 }), score: null, status: 'unscored' as const };
    const view = scorecardView([
      perspectiveView('p', 'P', [
        objectiveView('o', 'O', [
          kpiView({ name: 'no data', value: null, target: 100 }),
          kpiView({ name: 'ok', value: 100, target: 100 }),
          unscored,
          kpiView({ name: 'critical', value: 10, target: 100 }),
          kpiView({ name: 'warning', value: 90, target: 100 }),
        ]),
      ]),
    ]);
    const byStatus = (direction: SortState['direction']) =>
      names(sortRows(tableRows(view), { column: 'status', direction }));
    expect(byStatus('ascending')).toEqual(['critical', 'warning', 'ok', 'unscored', 'no data']);
    expect(byStatus('descending')).toEqual(['ok', 'warning', 'critical', 'unscored', 'no data']);
  });

  it('keeps ties in the view order', () => {
    const view = scorecardView([
      perspectiveView('p', 'P', [
        objectiveView('o', 'O', [
          kpiView({ name: 'b', value: 5 }),
          kpiView({ name: 'a', value: 5 }),
          kpiView({ name: 'c', value: 5 }),
        ]),
      ]),
    ]);
    expect(names(sortRows(tableRows(view), { column: 'value', direction: 'descending' }))).toEqual(['b', 'a', 'c']);
  });
});

describe('compareNumbers', () => {
  it('puts null and NaN after every number in both directions', () => {
    for (const sign of [1, -1]) {
      expect([null, 3, NaN, -1].sort((a, b) => compareNumbers(a, b, sign)).slice(0, 2)).toEqual(
        sign === 1 ? [-1, 3] : [3, -1]
      );
    }
  });
});

describe('compareStatus', () => {
  const all: ViewStatus[] = ['no-data', 'ok', 'unscored', 'critical', 'warning'];
  it('orders critical, warning, ok, unscored, no data ascending', () => {
    expect([...all].sort((a, b) => compareStatus(a, b, 1))).toEqual([
      'critical',
      'warning',
      'ok',
      'unscored',
      'no-data',
    ]);
  });
  it('reverses the scored statuses descending and keeps unscored and no data last', () => {
    expect([...all].sort((a, b) => compareStatus(a, b, -1))).toEqual([
      'ok',
      'warning',
      'critical',
      'unscored',
      'no-data',
    ]);
  });
});

describe('nextSort', () => {
  it('cycles ascending, descending, view order; another column starts ascending', () => {
    const asc = nextSort(null, 'score');
    expect(asc).toEqual({ column: 'score', direction: 'ascending' });
    const desc = nextSort(asc, 'score');
    expect(desc).toEqual({ column: 'score', direction: 'descending' });
    expect(nextSort(desc, 'score')).toBeNull();
    expect(nextSort(desc, 'kpi')).toEqual({ column: 'kpi', direction: 'ascending' });
  });
});
