import { FieldType } from '@grafana/data';
import { kpiPageQuery, lastPeriods, queryAnswer, resultOf } from './kpiQueries';

// 2026-03-15T10:00:00Z; the start of that day is 2026-03-15T00:00:00Z = 1773532800000
const NOW = Date.UTC(2026, 2, 15, 10);
const DAY = 86_400_000;

describe('kpi page queries', () => {
  it('asks for the last 12 periods, ending at the start of today', () => {
    expect(lastPeriods('week', NOW)).toEqual({ from: 1773532800000 - 84 * DAY, to: 1773532800000, interval: '1w' });
    // 12 months of 30 days = 360 days
    expect(lastPeriods('month', NOW)).toEqual({ from: 1773532800000 - 360 * DAY, to: 1773532800000, interval: '30d' });
  });

  it('sends values, definition-change annotations and lineage in one batch', () => {
    expect(kpiPageQuery('customer.nps', 'day', NOW)).toEqual({
      from: 1773532800000 - 12 * DAY,
      to: 1773532800000,
      queries: [
        { refId: 'values', queryType: 'kpi', kpi: 'customer.nps', interval: '1d' },
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
