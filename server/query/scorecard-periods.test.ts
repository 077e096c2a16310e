import { commonPeriod, reportWindow } from './scorecard-periods';

const t = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const NOW = t('2026-06-10T12:00:00Z');

describe('reportWindow', () => {
  it('a 90-day range ending mid-April reports March, with 12 monthly buckets up to it', () => {
    const w = reportWindow(t('2026-04-15T08:00:00Z'), NOW, 'month', 'complete', 'UTC');
    expect([iso(w.reported.start), iso(w.reported.end)]).toEqual([
      '2026-03-01T00:00:00.000Z',
      '2026-04-01T00:00:00.000Z',
    ]);
    expect(w.grid.starts).toHaveLength(12);
    expect(iso(w.grid.starts[0] ?? 0)).toBe('2025-04-01T00:00:00.000Z');
    expect(iso(w.grid.starts[10] ?? 0)).toBe('2026-02-01T00:00:00.000Z');
    expect(w.range).toEqual({ from: t('2025-04-01T00:00:00Z'), to: t('2026-04-01T00:00:00Z') });
    expect(w.partial).toBe(false);
  });

  it('every range ending on the same day reports the same period, whatever its length', () => {
    const to = t('2026-04-15T08:00:00Z');
    expect(reportWindow(to, NOW, 'month', 'complete', 'UTC')).toEqual(
      reportWindow(to, NOW, 'month', 'complete', 'UTC')
    );
  });

  it('a range ending in the future never reports a period still running now', () => {
    const w = reportWindow(t('2026-07-01T00:00:00Z'), NOW, 'month', 'complete', 'UTC');
    expect(iso(w.reported.start)).toBe('2026-05-01T00:00:00.000Z');
  });

  it('to-date reports the running period up to the range end, flagged partial', () => {
    const w = reportWindow(t('2026-06-10T00:00:00Z'), NOW, 'month', 'to-date', 'UTC');
    expect(iso(w.reported.start)).toBe('2026-06-01T00:00:00.000Z');
    expect(iso(w.range.to)).toBe('2026-06-10T00:00:00.000Z');
    expect(w.partial).toBe(true);
  });

  it('quarters in Berlin start at local midnight', () => {
    const w = reportWindow(t('2026-04-15T00:00:00Z'), NOW, 'quarter', 'complete', 'Europe/Berlin');
    expect([iso(w.reported.start), iso(w.reported.end)]).toEqual([
      '2025-12-31T23:00:00.000Z',
      '2026-03-31T22:00:00.000Z',
    ]);
  });
});

describe('commonPeriod', () => {
  it('picks the most common period, the shorter on a tie, month when there is none', () => {
    expect(commonPeriod(['month', 'quarter', 'month'])).toBe('month');
    expect(commonPeriod(['quarter', 'week'])).toBe('week');
    expect(commonPeriod([])).toBe('month');
  });
});
