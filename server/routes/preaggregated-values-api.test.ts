import { TOKENS, useApiOn } from '../test-support/api';
import { STORE_PLACES } from '../test-support/places';
import { measureKpi, sourceDoc } from '../values/measure/test-events';

interface Frame {
  schema: { fields: Array<{ name: string }> };
  data: { values: unknown[][] };
}

// February and March 2026 in Europe/Berlin: [2026-01-31T23:00Z, 2026-02-28T23:00Z) and [.., 2026-03-31T22:00Z)
const FEB = ['2026-02-01T08:00:00Z', '2026-02-14T12:00:00Z', '2026-02-28T22:30:00Z'];
const line = (time: string, event: string, value?: number, customer?: string) =>
  JSON.stringify({ time, event, ...(value === undefined ? {} : { value }), ...(customer ? { customer } : {}) });

describe.each(STORE_PLACES)('known values from pre-aggregates before and after an ingest (%s)', (_kind, newPlace) => {
  const env = useApiOn(newPlace, { values: { timeZone: 'Europe/Berlin' } });

  beforeAll(async () => {
    const documents = [
      sourceDoc('own'),
      measureKpi('k.orders', { aggregate: 'count', filter: { event: 'order' } }),
      measureKpi('k.revenue', { aggregate: 'sum', field: 'value', filter: { event: 'order' } }),
      measureKpi('k.basket', { aggregate: 'avg', field: 'value', filter: { event: 'order' } }),
      measureKpi('k.nps', { aggregate: 'nps', field: 'value', filter: { event: 'nps' } }),
      measureKpi('k.buyers', { aggregate: 'count_distinct', field: 'customer', filter: { event: 'order' } }),
    ];
    expect((await env.api.call('POST', '/api/v1/apply', { body: { documents, approve: true } })).statusCode).toBe(200);
    await ingest([
      line(FEB[0] ?? '', 'order', 100, 'a'),
      line(FEB[1] ?? '', 'order', 300, 'b'),
      // 23:30 on 28 February in Berlin (February), 22:30 UTC
      line(FEB[2] ?? '', 'order', 200, 'a'),
      // 00:30 on 1 March in Berlin: March, though still February in UTC
      line('2026-02-28T23:30:00Z', 'order', 1000, 'c'),
      ...[10, 9, 7, 3].map((v, i) => line(`2026-02-10T0${i}:00:00Z`, 'nps', v)),
    ]);
    // the pre-aggregates exist before the second ingest, so it has to maintain them
    expect(await env.values.warm()).toBe(4);
  });

  async function ingest(lines: string[]) {
    const res = await env.api.app.inject({
      method: 'POST',
      url: '/api/v1/events',
      payload: `${lines.join('\n')}\n`,
      headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${TOKENS.editor}` },
    });
    expect(res.statusCode).toBe(200);
  }

  /** February and March (Berlin) each as one bucket: an interval as long as the range gives one. */
  async function months(kpi: string): Promise<unknown[]> {
    const month = async (from: string, to: string) => {
      const queries = [{ refId: 'K', queryType: 'kpi', kpi, interval: '31d' }];
      const res = await env.api.call('POST', '/api/v1/query', { as: 'viewer', body: { from, to, queries } });
      const frame = (res.json() as { results: { K: { frames: Frame[] } } }).results.K.frames[0];
      return frame?.data.values[1] ?? [];
    };
    return [
      ...(await month('2026-01-31T23:00:00Z', '2026-02-28T23:00:00Z')),
      ...(await month('2026-02-28T23:00:00Z', '2026-03-31T22:00:00Z')),
    ];
  }

  it('gives hand-computed February and March values, and the new ones right after an ingest', async () => {
    expect(await months('k.orders')).toEqual([3, 1]);
    expect(await months('k.revenue')).toEqual([600, 1000]);
    expect(await months('k.basket')).toEqual([200, 1000]);
    // promoters 10, 9; detractor 3; passive 7: (2 - 1) / 4
    expect(await months('k.nps')).toEqual([25, null]);
    expect(await months('k.buyers')).toEqual([2, 1]);

    await ingest([
      line('2026-02-20T10:00:00Z', 'order', 400, 'd'),
      line('2026-03-10T10:00:00Z', 'order', 50, 'a'),
      line('2026-02-11T00:00:00Z', 'nps', 0),
    ]);
    expect(await months('k.orders')).toEqual([4, 2]);
    expect(await months('k.revenue')).toEqual([1000, 1050]);
    expect(await months('k.basket')).toEqual([250, 525]);
    // promoters 10, 9; detractors 3, 0: (2 - 2) / 5
    expect(await months('k.nps')).toEqual([0, null]);
    expect(await months('k.buyers')).toEqual([3, 2]);
  });
});
