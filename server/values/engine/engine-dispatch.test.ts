import { kpi } from '../../registry/contract/fixtures';
import { type KpiComputer } from '../../query/types';
import { RegistryError } from '../../registry/types';
import { ValueEngineError } from './errors';
import { countOf, expressionOf, kpiWith } from './testing/history';
import { at, DAY, fixture, JANUARY, values } from './testing/setup';

const APPROVED = '2025-01-01T00:00:00Z';
const manualKpi = (id: string) => kpi(id, { calculation: { manual: {} } });
const sqlKpi = (id: string) => kpi(id, { calculation: { sql: { query: 'SELECT 1' } } });

describe('ValueEngine dispatch', () => {
  it('measure: every bucket of the range in order, null where there is no data', async () => {
    const f = fixture([
      { time: '2026-01-02T10:00:00Z', event: 'a' },
      { time: '2026-01-02T11:00:00Z', event: 'a' },
      { time: '2026-01-05T00:00:00Z', event: 'a' },
      { time: '2026-01-05T00:00:00Z', event: 'b' },
    ]);
    const record = f.history.add(kpiWith('k', countOf('a')), APPROVED);
    const [result, ...rest] = await f.engine.computeKpi('k', JANUARY);
    expect(rest).toEqual([]);
    expect(result?.points.map((p) => p.time)).toEqual(
      Array.from({ length: 10 }, (_, i) => JANUARY.range.from + i * DAY)
    );
    expect(values(result?.points ?? [])).toEqual([null, 2, null, null, 1, null, null, null, null, null]);
    expect(result).toMatchObject({ kpiId: 'k', version: 1, definitionHash: record.hash });
    expect(result?.versions).toEqual([{ version: 1, hash: record.hash, ...JANUARY.range, approved: true }]);
    const days = Array.from({ length: 10 }, (_, i) => JANUARY.range.from + i * DAY);
    const [call] = f.measure.calls;
    expect(call?.signal?.aborted).toBe(false);
    expect({ ...call, signal: undefined }).toEqual({
      kpi: record.document,
      ...JANUARY,
      grid: { starts: days, end: JANUARY.range.to },
      maxSeries: undefined,
      signal: undefined,
    });
    expect(f.measure.calls).toHaveLength(1);
  });

  it('keeps the runner’s sample, margin, flags and reasons', async () => {
    const f = fixture();
    f.history.add(kpiWith('k', countOf('a'), 5), APPROVED);
    const point = { value: 1, sample: 1, moe: 0.5, flags: ['insufficient-sample' as const], reason: 'few answers' };
    f.measure.run = async () => [{ points: [{ time: at('2026-01-02T00:00:00Z'), ...point }] }];
    const [result] = await f.engine.computeKpi('k', JANUARY);
    expect(result?.points[1]).toEqual({ time: at('2026-01-02T00:00:00Z'), ...point });
  });

  it('one value for the whole range when the interval spans it, aligned to its start', async () => {
    const f = fixture();
    f.history.add(kpiWith('k', countOf('a')), APPROVED);
    const range = { from: at('2026-01-01T06:00:00Z'), to: at('2026-01-10T00:00:00Z') };
    const intervalMs = range.to - range.from;
    f.measure.run = async () => [{ points: [{ time: range.from, value: 2, sample: 2 }] }];
    const [implied] = await f.engine.computeKpi('k', { range, intervalMs });
    const [explicit] = await f.engine.computeKpi('k', { range, intervalMs, alignMs: range.from });
    expect(implied?.points).toEqual([{ time: range.from, value: 2, sample: 2 }]);
    expect(explicit?.points).toEqual(implied?.points);
  });

  it('passes a bucket origin other than the epoch on to the runner', async () => {
    const f = fixture([{ time: '2026-01-02T05:00:00Z', event: 'a' }]);
    f.history.add(kpiWith('k', countOf('a')), APPROVED);
    const alignMs = at('2025-12-31T06:00:00Z');
    const [result] = await f.engine.computeKpi('k', { ...JANUARY, alignMs });
    expect(result?.points.slice(0, 2).map((p) => new Date(p.time).toISOString())).toEqual([
      '2025-12-31T06:00:00.000Z',
      '2026-01-01T06:00:00.000Z',
    ]);
    expect(result?.points.length).toBe(11);
    expect(f.measure.calls[0]?.grid.starts[0]).toBe(alignMs);
  });

  it('sql: runs the sql runner and puts its points into the buckets', async () => {
    const f = fixture();
    f.history.add(sqlKpi('s'), APPROVED);
    f.sql.series = [{ points: [{ time: at('2026-01-03T00:00:00Z'), value: 7 }] }];
    const [result] = await f.engine.computeKpi('s', JANUARY);
    expect(values(result?.points ?? [])).toEqual([null, null, 7, null, null, null, null, null, null, null]);
  });

  it('sql: runs once per run of equally wide buckets, so calendar months come out as the SQL buckets them', async () => {
    const f = fixture();
    f.history.add(sqlKpi('s'), APPROVED);
    // the fake SQL reports, for each $__interval bucket from $__timeFrom, its width in days
    f.sql.run = async (req) => {
      f.sql.calls.push(req);
      const points = [];
      for (let t = req.range.from; t < req.range.to; t += req.intervalMs) {
        points.push({ time: t, value: req.intervalMs / DAY });
      }
      return [{ points }];
    };
    const months = [
      at('2026-01-01T00:00:00Z'),
      at('2026-02-01T00:00:00Z'),
      at('2026-03-01T00:00:00Z'),
      at('2026-04-01T00:00:00Z'),
    ];
    const range = { from: months[0] ?? 0, to: at('2026-05-01T00:00:00Z') };
    const [result] = await f.engine.computeKpi('s', {
      range,
      intervalMs: 30 * DAY,
      grid: { starts: months, end: range.to },
    });
    expect(values(result?.points ?? [])).toEqual([31, 28, 31, 30]);
    expect(f.sql.calls.map((c) => [c.intervalMs / DAY, c.grid.starts.length])).toEqual([
      [31, 1],
      [28, 1],
      [31, 1],
      [30, 1],
    ]);
  });

  it('sql: keeps the series an sql KPI splits into by itself; an empty result is no data, even broken down', async () => {
    const f = fixture();
    f.history.add(sqlKpi('s'), APPROVED);
    f.history.add(kpiWith('e', expressionOf('2 * s', { s: 's' })), APPROVED);
    const point = { time: at('2026-01-01T00:00:00Z'), value: 1 };
    f.sql.series = [
      { breakdown: { column: 'breakdown', value: 'x' }, points: [point] },
      { breakdown: { column: 'breakdown', value: 'y' }, points: [point] },
    ];
    const split = await f.engine.computeKpi('s', JANUARY);
    expect(split.map((r) => r.breakdown?.value)).toEqual(['x', 'y']);
    await expect(f.engine.computeKpi('e', JANUARY)).rejects.toThrow(
      'KPI e: input "s" gives one series per breakdown value; break the expression down by that column'
    );
    f.sql.series = [{ points: [] }];
    f.engine.invalidateAll();
    expect(await f.engine.computeKpi('s', { ...JANUARY, breakdown: 'segment' })).toEqual([]);
  });

  it('manual: the latest check-in of a bucket, with how many the bucket holds as sample', async () => {
    const f = fixture();
    f.history.add(manualKpi('m'), APPROVED);
    const checkIn = (iso: string, value: number) => ({ kpi: 'm', time: at(iso), value, note: 'n', author: 'x' });
    await f.checkIns.add([
      checkIn('2026-01-02T09:00:00Z', 1),
      checkIn('2026-01-02T17:00:00Z', 3),
      checkIn('2026-01-02T12:00:00Z', 2),
      checkIn('2026-01-04T00:00:00Z', 4),
      checkIn('2026-01-11T00:00:00Z', 5),
    ]);
    const [result] = await f.engine.computeKpi('m', JANUARY);
    expect(result?.points.slice(0, 4)).toEqual([
      { time: at('2026-01-01T00:00:00Z'), value: null },
      { time: at('2026-01-02T00:00:00Z'), value: 3, sample: 3 },
      { time: at('2026-01-03T00:00:00Z'), value: null },
      { time: at('2026-01-04T00:00:00Z'), value: 4, sample: 1 },
    ]);
    expect(values(result?.points ?? []).slice(4)).toEqual([null, null, null, null, null, null]);
  });

  it('breakdown: one result per value, sorted, every bucket present; none when there is no data', async () => {
    const f = fixture([
      { time: '2026-01-02T10:00:00Z', event: 'a', segment: 'smb' },
      { time: '2026-01-03T10:00:00Z', event: 'a', segment: 'enterprise' },
      { time: '2026-01-03T11:00:00Z', event: 'a' },
    ]);
    f.history.add(kpiWith('k', countOf('a')), APPROVED);
    const results = await f.engine.computeKpi('k', { ...JANUARY, breakdown: 'segment' });
    expect(results.map((r) => r.breakdown)).toEqual([
      { column: 'segment', value: 'enterprise' },
      { column: 'segment', value: 'smb' },
      { column: 'segment', value: null },
    ]);
    expect(results.map((r) => r.points.length)).toEqual([10, 10, 10]);
    expect(values(results[1]?.points ?? []).slice(0, 3)).toEqual([null, 1, null]);
    f.measure.events = [];
    f.engine.invalidateEvents();
    expect(await f.engine.computeKpi('k', { ...JANUARY, breakdown: 'segment' })).toEqual([]);
  });

  it('refuses to break down what cannot be', async () => {
    const f = fixture();
    f.history.add(manualKpi('m'), APPROVED);
    f.history.add(sqlKpi('s'), APPROVED);
    f.sql.series = [{ points: [{ time: JANUARY.range.from, value: 1 }] }];
    await expect(f.engine.computeKpi('m', { ...JANUARY, breakdown: 'segment' })).rejects.toThrow(
      new ValueEngineError('breakdown-unsupported', 'KPI m (version 1, manual) cannot be broken down by "segment"')
    );
    await expect(f.engine.computeKpi('s', { ...JANUARY, breakdown: 'segment' })).rejects.toMatchObject({
      code: 'breakdown-unsupported',
    });
  });

  it('passes on the registry’s not-found error', async () => {
    const f = fixture();
    await expect(f.engine.computeKpi('nope', JANUARY)).rejects.toBeInstanceOf(RegistryError);
  });

  it('returns frozen results, shared with the cache', async () => {
    const f = fixture([{ time: '2026-01-02T10:00:00Z', event: 'a' }]);
    f.history.add(kpiWith('k', countOf('a')), APPROVED);
    const [result] = await f.engine.computeKpi('k', JANUARY);
    expect(Object.isFrozen(result?.points)).toBe(true);
    expect(Object.isFrozen(result?.points[1])).toBe(true);
  });

  it('is the KpiComputer the query API calls (checked by tsc)', () => {
    const computer: KpiComputer = fixture().engine;
    expect(typeof computer.computeKpi).toBe('function');
  });
});
