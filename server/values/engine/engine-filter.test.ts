import { kpi } from '../../registry/contract/fixtures';
import { ValueEngineError } from './errors';
import { countOf, expressionOf, kpiWith } from './testing/history';
import { fixture, JANUARY, values } from './testing/setup';

const APPROVED = '2025-01-01T00:00:00Z';

/** 2 January: three leads (smb, smb, enterprise), one won (smb); 3 January: one lead without a segment. */
function setUp() {
  const f = fixture([
    { time: '2026-01-02T08:00:00Z', event: 'lead', segment: 'smb' },
    { time: '2026-01-02T09:00:00Z', event: 'lead', segment: 'smb' },
    { time: '2026-01-02T10:00:00Z', event: 'lead', segment: 'enterprise' },
    { time: '2026-01-02T11:00:00Z', event: 'won', segment: 'smb' },
    { time: '2026-01-03T10:00:00Z', event: 'lead' },
  ]);
  f.history.add(kpiWith('leads', countOf('lead')), APPROVED);
  f.history.add(kpiWith('won', countOf('won')), APPROVED);
  f.history.add(kpiWith('rate', expressionOf('100 * w / l', { w: 'won', l: 'leads' })), APPROVED);
  f.history.add(kpi('goal', { calculation: { manual: {} } }), APPROVED);
  f.history.add(kpi('s', { calculation: { sql: { query: 'SELECT 1' } } }), APPROVED);
  f.history.add(kpiWith('gap', expressionOf('g - l', { g: 'goal', l: 'leads' })), APPROVED);
  return f;
}

describe('ValueEngine filter', () => {
  it('hands the runner the filter normalised, and caches filtered and unfiltered results apart', async () => {
    const f = setUp();
    const [smb] = await f.engine.computeKpi('leads', { ...JANUARY, filter: { segment: 'smb' } });
    const [all] = await f.engine.computeKpi('leads', JANUARY);
    const [both] = await f.engine.computeKpi('leads', { ...JANUARY, filter: { segment: ['smb', 'enterprise'] } });
    expect(values(smb?.points ?? []).slice(0, 3)).toEqual([null, 2, null]);
    expect(values(all?.points ?? []).slice(0, 3)).toEqual([null, 3, 1]);
    expect(values(both?.points ?? []).slice(0, 3)).toEqual([null, 3, null]);
    expect(f.measure.calls.map((c) => c.filter)).toEqual([
      { segment: ['smb'] },
      undefined,
      { segment: ['enterprise', 'smb'] },
    ]);
    // the same filter written another way is the same cache entry
    await f.engine.computeKpi('leads', { ...JANUARY, filter: { segment: ['smb', 'enterprise', 'smb'] } });
    await f.engine.computeKpi('leads', { ...JANUARY, filter: { segment: ['smb'] } });
    expect(f.measure.calls).toHaveLength(3);
  });

  it('passes the filter to the inputs of an expression, and applies it to breakdowns', async () => {
    const f = setUp();
    const [rate] = await f.engine.computeKpi('rate', { ...JANUARY, filter: { segment: 'smb' } });
    expect(values(rate?.points ?? []).slice(0, 2)).toEqual([null, 50]);
    expect(f.measure.calls.map((c) => [c.kpi.metadata.id, c.filter])).toEqual([
      ['won', { segment: ['smb'] }],
      ['leads', { segment: ['smb'] }],
    ]);
    const [unfiltered] = await f.engine.computeKpi('rate', JANUARY);
    expect(values(unfiltered?.points ?? [])[1]).toBeCloseTo(100 / 3, 9);
    const split = await f.engine.computeKpi('leads', {
      ...JANUARY,
      breakdown: 'segment',
      filter: { segment: ['enterprise', 'smb'] },
    });
    expect(split.map((r) => [r.breakdown?.value, r.points[1]?.value])).toEqual([
      ['enterprise', 1],
      ['smb', 2],
    ]);
  });

  it('refuses to filter sql and manual KPIs, also as inputs of an expression', async () => {
    const f = setUp();
    const filter = { segment: 'smb', channel: ['web'] };
    await expect(f.engine.computeKpi('goal', { ...JANUARY, filter })).rejects.toThrow(
      new ValueEngineError(
        'filter-unsupported',
        'KPI goal (version 1, manual) cannot be filtered by channel, segment: only measure KPIs and expressions over them can'
      )
    );
    await expect(f.engine.computeKpi('s', { ...JANUARY, filter })).rejects.toThrow(
      'KPI s (version 1, sql) cannot be filtered by channel, segment'
    );
    await expect(f.engine.computeKpi('gap', { ...JANUARY, filter })).rejects.toMatchObject({
      code: 'filter-unsupported',
      message: expect.stringContaining('KPI goal (version 1, manual)'),
    });
    expect(f.sql.calls).toEqual([]);
  });

  it('refuses columns other than segment, channel and region, and empty lists', async () => {
    const f = setUp();
    const bad: Record<string, string> = { customer: 'x' };
    await expect(f.engine.computeKpi('leads', { ...JANUARY, filter: bad })).rejects.toThrow(
      new ValueEngineError('invalid-request', 'cannot filter on "customer": use segment, channel, region')
    );
    await expect(f.engine.computeKpi('leads', { ...JANUARY, filter: { region: [] } })).rejects.toThrow(
      'the filter on region has no values: give at least one or leave region out'
    );
    expect(f.measure.calls).toEqual([]);
  });
});
