import { type KpiDocument } from '../../core/schema';
import { insertEvents as ingest } from '../events/store-sink';
import { useApiOn } from '../test-support/api';
import { kpiDoc, scorecardDoc } from '../test-support/documents';
import { STORE_PLACES } from '../test-support/places';
import { insertEvents, sourceDoc } from '../values/measure/test-events';

const counted = (id: string, period: 'month' | 'week', effectiveFrom?: string): KpiDocument => {
  const doc = kpiDoc(id, {
    period,
    calculation: { measure: { source: 'own', aggregate: 'count', filter: { event: 'won' } } },
  });
  return effectiveFrom === undefined ? doc : { ...doc, metadata: { ...doc.metadata, effectiveFrom } };
};

interface Frame {
  schema: { fields: Array<{ name: string }> };
  data: { values: unknown[][] };
}

describe.each(STORE_PLACES)(
  'scorecard answers cached by the span of range ends they hold for (%s)',
  (kind, newPlace) => {
    const env = useApiOn(newPlace, { values: { timeZone: 'UTC' } });

    beforeAll(async () => {
      const apply = async (documents: unknown[]) =>
        expect((await env.api.call('POST', '/api/v1/apply', { body: { documents, approve: true } })).statusCode).toBe(
          200
        );
      await apply([
        sourceDoc('own'),
        counted('c.month', 'month'),
        counted('c.shift', 'month'),
        scorecardDoc('c.card', ['c.month', 'c.shift']),
      ]);
      // from 18 March on, c.shift reports weeks
      await apply([counted('c.shift', 'week', '2026-03-18T00:00:00Z')]);
      await insertEvents(env.store.sql, [
        { time: '2026-02-10T12:00:00Z', event: 'won' },
        { time: '2026-03-10T12:00:00Z', event: 'won' },
        { time: '2026-03-11T12:00:00Z', event: 'won' },
      ]);
    });

    async function rows(to: string) {
      const body = {
        from: '2025-06-01T00:00:00Z',
        to,
        queries: [{ refId: 'S', queryType: 'scorecard', scorecard: 'c.card' }],
      };
      const res = await env.api.call('POST', '/api/v1/query', { as: 'viewer', body });
      const table = (res.json() as { results: { S: { frames: Frame[] } } }).results.S.frames[0];
      const col = (name: string) => table?.data.values[table.schema.fields.findIndex((f) => f.name === name)] ?? [];
      const labels = col('periodLabel');
      return col('kpiId').map((id, i) => [id, labels[i], col('value')[i]]);
    }

    it('serves every end in the span from one computation, splits it where a version takes effect, and drops it on a write', async () => {
      expect(await rows('2026-03-05T10:00:00Z')).toEqual([
        ['c.month', 'February 2026', 1],
        ['c.shift', 'February 2026', 1],
      ]);
      // an event ingested into the store without the API: DuckDB's cached answer stays (only this process writes
      // its file, through the API); PostgreSQL's store_changes tells the query another process wrote
      const row = { customer: null, stage: null, channel: null, segment: null, region: null, value: null };
      await ingest(env.store.sql, [{ ...row, time: Date.parse('2026-02-11T12:00:00Z'), event: 'won' }]);
      const seen = kind === 'postgres' ? 2 : 1;
      expect(await rows('2026-03-17T23:59:59Z')).toEqual([
        ['c.month', 'February 2026', seen],
        ['c.shift', 'February 2026', seen],
      ]);
      // c.shift's new version starts a new span within March: weeks, computed afresh (ISO week of 9-15 March)
      const after = await rows('2026-03-18T00:00:01Z');
      expect(after[1]).toEqual(['c.shift', 'Week 11, 2026', 2]);
      // a write through the API drops every cached answer
      const res = await env.api.call('POST', '/api/v1/apply', {
        body: { documents: [kpiDoc('c.unrelated')], approve: true },
      });
      expect(res.statusCode).toBe(200);
      expect((await rows('2026-03-05T10:00:00Z'))[0]).toEqual(['c.month', 'February 2026', 2]);
    });
  }
);
