import { kpi } from '../../registry/contract/fixtures';
import { countOf, expressionOf, kpiWith } from './testing/history';
import { at, DAY, fixture, JANUARY, values } from './testing/setup';

const APPROVED = '2025-01-01T00:00:00Z';

function setUp() {
  const f = fixture([
    { time: '2026-01-01T08:00:00Z', event: 'won' },
    { time: '2026-01-01T09:00:00Z', event: 'lead' },
    { time: '2026-01-01T10:00:00Z', event: 'lead' },
  ]);
  f.history.add(kpiWith('won', countOf('won')), APPROVED);
  f.history.add(kpiWith('leads', countOf('lead')), APPROVED);
  f.history.add(kpiWith('rate', expressionOf('w / l', { w: 'won', l: 'leads' })), APPROVED);
  f.history.add(kpi('goal', { calculation: { manual: {} } }), APPROVED);
  return f;
}
const kpisRun = (f: ReturnType<typeof setUp>) => f.measure.calls.map((c) => c.kpi.metadata.id);

describe('ValueEngine cache', () => {
  it('answers a repeated query from the cache, and an expression’s inputs too', async () => {
    const f = setUp();
    const first = await f.engine.computeKpi('rate', JANUARY);
    expect(await f.engine.computeKpi('rate', JANUARY)).toEqual(first);
    await f.engine.computeKpi('won', JANUARY);
    expect(kpisRun(f)).toEqual(['won', 'leads']);
  });

  it('runs an sql KPI once per calendar month, so windows sharing months share their statements', async () => {
    const f = setUp();
    f.history.add(kpi('cohort', { calculation: { sql: { query: 'SELECT 1' } } }), APPROVED);
    const months = (from: string, to: string) => {
      const starts: number[] = [];
      for (let d = new Date(from); d.getTime() < Date.parse(to); d.setUTCMonth(d.getUTCMonth() + 1)) {
        starts.push(d.getTime());
      }
      return { range: { from: at(from), to: at(to) }, intervalMs: 30 * DAY, grid: { starts, end: at(to) } };
    };
    await f.engine.computeKpi('cohort', months('2025-01-01T00:00:00Z', '2025-04-01T00:00:00Z'));
    await f.engine.computeKpi('cohort', months('2025-02-01T00:00:00Z', '2025-05-01T00:00:00Z'));
    // January, February (28 days), March; then only April is new
    const runs = f.sql.calls.map((c) => [new Date(c.range.from).toISOString().slice(0, 7), c.intervalMs / DAY]);
    expect(runs).toEqual([
      ['2025-01', 31],
      ['2025-02', 28],
      ['2025-03', 31],
      ['2025-04', 30],
    ]);
  });

  it('computes again for another range, interval or breakdown', async () => {
    const f = setUp();
    await f.engine.computeKpi('won', JANUARY);
    await f.engine.computeKpi('won', { ...JANUARY, range: { ...JANUARY.range, to: JANUARY.range.to + DAY } });
    await f.engine.computeKpi('won', { ...JANUARY, intervalMs: 2 * DAY });
    await f.engine.computeKpi('won', { ...JANUARY, breakdown: 'segment' });
    expect(kpisRun(f)).toEqual(['won', 'won', 'won', 'won']);
  });

  it('keys on the versions resolved, so definition modes that resolve alike share and a new approval does not', async () => {
    const f = setUp();
    await f.engine.computeKpi('won', JANUARY);
    await f.engine.computeKpi('won', { ...JANUARY, definition: 'current' });
    expect(kpisRun(f)).toEqual(['won']);
    f.history.add(kpiWith('won', countOf('lead')), '2026-02-01T00:00:00Z');
    const [restated] = await f.engine.computeKpi('won', { ...JANUARY, definition: 'current' });
    expect(restated?.points[0]?.value).toBe(2);
    expect(kpisRun(f)).toEqual(['won', 'won']);
  });

  it('invalidateKpi drops what read the KPI, expressions over it included', async () => {
    const f = setUp();
    await f.engine.computeKpi('rate', JANUARY);
    f.engine.invalidateKpi('leads');
    await f.engine.computeKpi('rate', JANUARY);
    await f.engine.computeKpi('won', JANUARY);
    expect(kpisRun(f)).toEqual(['won', 'leads', 'leads']);
  });

  it('new events drop measure results but not manual ones', async () => {
    const f = setUp();
    await f.engine.computeKpi('won', JANUARY);
    await f.engine.computeKpi('goal', JANUARY);
    f.measure.events.push({ time: '2026-01-01T11:00:00Z', event: 'won' });
    f.engine.invalidateEvents();
    const [won] = await f.engine.computeKpi('won', JANUARY);
    await f.engine.computeKpi('goal', JANUARY);
    expect(won?.points[0]?.value).toBe(2);
    expect(f.checkIns.lists).toBe(1);
  });

  it('check-ins of a manual KPI show once it is invalidated', async () => {
    const f = setUp();
    await f.engine.computeKpi('goal', JANUARY);
    await f.checkIns.add([{ kpi: 'goal', time: at('2026-01-03T00:00:00Z'), value: 9, note: '', author: 'x' }]);
    f.engine.invalidateKpi('goal');
    const [goal] = await f.engine.computeKpi('goal', JANUARY);
    expect(values(goal?.points ?? [])[2]).toBe(9);
  });

  it('refreshes after the time to live', async () => {
    const f = setUp();
    await f.engine.computeKpi('won', JANUARY);
    f.clock.ms += 59_000;
    await f.engine.computeKpi('won', JANUARY);
    f.clock.ms += 1_000;
    await f.engine.computeKpi('won', JANUARY);
    expect(kpisRun(f)).toEqual(['won', 'won']);
  });

  it('invalidateAll drops everything', async () => {
    const f = setUp();
    await f.engine.computeKpi('rate', JANUARY);
    f.engine.invalidateAll();
    await f.engine.computeKpi('rate', JANUARY);
    expect(kpisRun(f)).toEqual(['won', 'leads', 'won', 'leads']);
  });
});
