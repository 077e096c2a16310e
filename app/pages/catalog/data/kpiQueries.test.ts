import { FieldType } from '@grafana/data';
import { kpiPageQuery, lastPeriods, queryAnswer, resultOf } from './kpiQueries';

// 2026-03-15T10:00:00Z; the start of that day is 2026-03-15T00:00:00Z = 1773532800000
const NOW = Date.UTC(2026, 2, 15, 10);
const DAY = 86_400_000;

describe('kpi page queries', () => {
  it('asks for a range touching the last 12 periods up to now, one point per reporting period', () => {
    // 11 weeks back from now: the range touches this week and the 11 before it
    expect(lastPeriods('week', NOW)).toEqual({ from: NOW - 77 * DAY, to: NOW, interval: 'period' });
    // 11 × 30.44 days = 334.84 days back: 2025-04-15, in April 2025, the 12th month back from March 2026
    const month = lastPeriods('month', NOW);
    expect(month).toEqual({ from: Math.round(NOW - 334.84 * DAY), to: NOW, interval: 'period' });
    expect(new Date(month.from).toISOString().slice(0, 7)).toBe('2025-04');
  });

  it('sends values, definition-change annotations and lineage in one batch', () => {
    expect(kpiPageQuery('customer.nps', 'day', NOW)).toEqual({
      from: NOW - 11 * DAY,
      to: NOW,
      queries: [
        { refId: 'values', queryType: 'kpi', kpi: 'customer.nps', interval: 'period' },
        { refId: 'annotations', queryType: 'annotations', kpis: ['customer.nps'], include: ['definition-changes'] },
        { refId: 'lineage', queryType: 'lineage', kpi: 'customer.nps' },
      ],
    });
  });

  it('turns each refId into DataFrames, keeping its error', () => {
    const answer = queryAnswer.parse({
      results: {
        values: {
          frames: [
            {
              schema: {
                name: 'customer.nps',
                fields: [
                  { name: 'time', type: 'time' },
                  { name: 'customer.nps', type: 'number' },
                ],
              },
              data: {
                values: [
                  [1, 2],
                  [30, 40],
                ],
              },
            },
          ],
        },
        lineage: { frames: [], error: 'KPI x is not in the registry', status: 404 },
      },
    });
    const values = resultOf(answer, 'values');
    expect(values.frames[0]?.fields.map((f) => [f.name, f.type, f.values])).toEqual([
      ['time', FieldType.time, [1, 2]],
      ['customer.nps', FieldType.number, [30, 40]],
    ]);
    expect(resultOf(answer, 'lineage')).toEqual({ frames: [], error: 'KPI x is not in the registry' });
    expect(resultOf(answer, 'annotations').error).toBe('the KPI server returned no result for annotations');
  });
});
