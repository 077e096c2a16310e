import { ValueEngineError, ValueLimitError } from './errors';
import { countOf, kpiWith } from './testing/history';
import { at, DAY, fixture, JANUARY } from './testing/setup';

const HOUR = 3_600_000;
const APPROVED = '2025-01-01T00:00:00Z';

function setUp(extra: Parameters<typeof fixture>[1] = {}) {
  const f = fixture(
    ['a', 'b', 'c'].map((segment) => ({ time: '2026-01-01T08:00:00Z', event: 'e', segment })),
    extra
  );
  f.history.add(kpiWith('k', countOf('e')), APPROVED);
  return f;
}

describe('ValueEngine limits', () => {
  it('at most 5,000 points per series', async () => {
    const f = setUp();
    await expect(f.engine.computeKpi('k', { ...JANUARY, intervalMs: 60_000 })).rejects.toThrow(
      new ValueLimitError(
        'too-many-points',
        '14400 buckets exceed the limit of 5000 points per series: use a longer interval or a shorter range'
      )
    );
    await expect(
      f.engine.computeKpi('k', { range: { from: 0, to: 5000 * HOUR }, intervalMs: HOUR })
    ).resolves.toHaveLength(1);
  });

  it('a range of at most 5 years', async () => {
    const f = setUp();
    const range = { from: at('2020-01-01T00:00:00Z'), to: at('2026-01-01T00:00:00Z') };
    await expect(f.engine.computeKpi('k', { range, intervalMs: 7 * DAY })).rejects.toMatchObject({
      code: 'range-too-long',
    });
    const fiveYears = { from: at('2024-01-01T00:00:00Z'), to: at('2029-01-01T00:00:00Z') };
    await expect(f.engine.computeKpi('k', { range: fiveYears, intervalMs: 7 * DAY })).resolves.toHaveLength(1);
  });

  it('at most 200 series (here lowered to 2)', async () => {
    const f = setUp({ limits: { maxSeries: 2 } });
    const err = await f.engine.computeKpi('k', { ...JANUARY, breakdown: 'segment' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValueLimitError);
    expect(err).toMatchObject({ code: 'too-many-series' });
  });

  it('gives up after the time budget', async () => {
    const f = setUp({ limits: { timeBudgetMs: 30 } });
    f.measure.delayMs = 300;
    await expect(f.engine.computeKpi('k', JANUARY)).rejects.toThrow(
      new ValueLimitError(
        'time-budget',
        'computing KPI k took longer than 30 ms: use a shorter range or a longer interval'
      )
    );
    // the runner's statement is told to stop, with the budget's error as the reason
    const signal = f.measure.calls[0]?.signal;
    expect(signal?.aborted).toBe(true);
    expect(signal?.reason).toMatchObject({ code: 'time-budget' });
  });

  it.each([
    [{ ...JANUARY, range: { from: 10, to: 10 } }, 'the range must have from < to, got 10 … 10'],
    [{ ...JANUARY, intervalMs: 0 }, 'the interval must be a positive whole number of ms, got 0'],
    [{ ...JANUARY, alignMs: 0.5 }, 'alignMs must be whole epoch milliseconds, got 0.5'],
    [{ ...JANUARY, definition: { version: 0 } }, 'definition.version must be a positive integer, got 0'],
    [{ ...JANUARY, definition: { asOf: 'yesterday' } }, 'definition.asOf must be an ISO-8601 time, got "yesterday"'],
  ])('rejects an invalid request %#', async (opts, message) => {
    await expect(setUp().engine.computeKpi('k', opts)).rejects.toThrow(
      new ValueEngineError('invalid-request', message)
    );
  });
});
