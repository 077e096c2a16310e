import { intervalGrid } from './grid';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const t = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('intervalGrid', () => {
  it('1d in Berlin across the spring change: local midnights, one 23-hour day', () => {
    const g = intervalGrid({ from: t('2026-03-27T12:00:00Z'), to: t('2026-03-31T00:00:00Z') }, DAY, 'Europe/Berlin');
    expect(g.starts.map(iso)).toEqual([
      '2026-03-26T23:00:00.000Z',
      '2026-03-27T23:00:00.000Z',
      '2026-03-28T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
      '2026-03-30T22:00:00.000Z',
    ]);
    expect(iso(g.end)).toBe('2026-03-31T22:00:00.000Z');
  });

  it('1w buckets start on Monday local midnight', () => {
    const g = intervalGrid(
      { from: t('2026-04-15T00:00:00Z'), to: t('2026-04-30T00:00:00Z') },
      7 * DAY,
      'America/New_York'
    );
    expect(g.starts.map(iso)).toEqual([
      '2026-04-13T04:00:00.000Z',
      '2026-04-20T04:00:00.000Z',
      '2026-04-27T04:00:00.000Z',
    ]);
  });

  it('1h in UTC is aligned to the hour as before', () => {
    const g = intervalGrid({ from: t('2026-04-15T10:20:00Z'), to: t('2026-04-15T12:00:00Z') }, HOUR, 'UTC');
    expect(g.starts.map(iso)).toEqual(['2026-04-15T10:00:00.000Z', '2026-04-15T11:00:00.000Z']);
    expect(iso(g.end)).toBe('2026-04-15T12:00:00.000Z');
  });

  it('1h in Kolkata starts on the half hour (local hours)', () => {
    const g = intervalGrid({ from: t('2026-04-15T10:20:00Z'), to: t('2026-04-15T11:40:00Z') }, HOUR, 'Asia/Kolkata');
    expect(g.starts.map(iso)).toEqual([
      '2026-04-15T09:30:00.000Z',
      '2026-04-15T10:30:00.000Z',
      '2026-04-15T11:30:00.000Z',
    ]);
  });

  it('an interval spanning the range gives the range as one bucket; alignMs keeps fixed widths', () => {
    expect(intervalGrid({ from: 5, to: 50 }, 100, 'UTC')).toEqual({ starts: [5], end: 105 });
    expect(intervalGrid({ from: 5, to: 50 }, 20, 'UTC', 3)).toEqual({ starts: [3, 23, 43], end: 63 });
  });
});
