import { isoWeek, lastCompletePeriod, periodLabel, periodOf, periodsUpTo, periodToDate } from './period';
import { localFields } from './zone';
import { type Period } from '../schema/kpi';

const t = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const span = (p: { start: number; end: number }) => [iso(p.start), iso(p.end)];

describe('periodOf in UTC', () => {
  it.each<[Period, string, string, string]>([
    ['day', '2026-04-15T12:00:00Z', '2026-04-15T00:00:00.000Z', '2026-04-16T00:00:00.000Z'],
    ['week', '2026-04-15T12:00:00Z', '2026-04-13T00:00:00.000Z', '2026-04-20T00:00:00.000Z'],
    ['month', '2026-04-15T12:00:00Z', '2026-04-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z'],
    ['quarter', '2026-05-31T23:59:59Z', '2026-04-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z'],
    ['year', '2026-12-31T23:59:59.999Z', '2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
    ['week', '2027-01-01T00:00:00Z', '2026-12-28T00:00:00.000Z', '2027-01-04T00:00:00.000Z'],
    ['month', '2026-02-10T00:00:00Z', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'],
  ])('%s holding %s is [%s, %s)', (period, at, start, end) => {
    expect(span(periodOf(t(at), period, 'UTC'))).toEqual([start, end]);
  });

  it('an instant on a boundary belongs to the period it starts', () => {
    expect(span(periodOf(t('2026-05-01T00:00:00Z'), 'month', 'UTC'))[0]).toBe('2026-05-01T00:00:00.000Z');
  });
});

describe('periodOf in zones with DST and odd offsets', () => {
  it('Berlin months start at local midnight, CET before the change and CEST after', () => {
    // DST starts 2026-03-29 02:00 CET; October ends it on the 25th
    expect(span(periodOf(t('2026-03-15T12:00:00Z'), 'month', 'Europe/Berlin'))).toEqual([
      '2026-02-28T23:00:00.000Z',
      '2026-03-31T22:00:00.000Z',
    ]);
    expect(span(periodOf(t('2026-10-10T12:00:00Z'), 'month', 'Europe/Berlin'))).toEqual([
      '2026-09-30T22:00:00.000Z',
      '2026-10-31T23:00:00.000Z',
    ]);
  });

  it('the DST days last 23 and 25 hours in Berlin', () => {
    const spring = periodOf(t('2026-03-29T12:00:00Z'), 'day', 'Europe/Berlin');
    const autumn = periodOf(t('2026-10-25T12:00:00Z'), 'day', 'Europe/Berlin');
    expect(span(spring)).toEqual(['2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z']);
    expect((spring.end - spring.start) / 3_600_000).toBe(23);
    expect((autumn.end - autumn.start) / 3_600_000).toBe(25);
  });

  it('New York weeks start on Monday local midnight across the March change', () => {
    // DST starts Sunday 2026-03-08; the week Mon 03-02 … Mon 03-09 lasts 167 hours
    const week = periodOf(t('2026-03-08T18:00:00Z'), 'week', 'America/New_York');
    expect(span(week)).toEqual(['2026-03-02T05:00:00.000Z', '2026-03-09T04:00:00.000Z']);
  });

  it('Kolkata (+05:30) and Kathmandu (+05:45) months', () => {
    expect(span(periodOf(t('2026-04-10T00:00:00Z'), 'month', 'Asia/Kolkata'))).toEqual([
      '2026-03-31T18:30:00.000Z',
      '2026-04-30T18:30:00.000Z',
    ]);
    expect(span(periodOf(t('2026-04-10T00:00:00Z'), 'quarter', 'Asia/Kathmandu'))).toEqual([
      '2026-03-31T18:15:00.000Z',
      '2026-06-30T18:15:00.000Z',
    ]);
  });

  it('an instant late on the 31st UTC is already in the next month in Tokyo', () => {
    expect(span(periodOf(t('2026-03-31T20:00:00Z'), 'month', 'Asia/Tokyo'))[0]).toBe('2026-03-31T15:00:00.000Z');
  });
});

describe('reporting a range', () => {
  it('the latest complete period ends at or before the range end', () => {
    expect(span(lastCompletePeriod(t('2026-04-15T09:00:00Z'), 'month', 'UTC'))).toEqual([
      '2026-03-01T00:00:00.000Z',
      '2026-04-01T00:00:00.000Z',
    ]);
    expect(span(lastCompletePeriod(t('2026-05-01T00:00:00Z'), 'month', 'UTC'))[0]).toBe('2026-04-01T00:00:00.000Z');
    expect(span(lastCompletePeriod(t('2026-04-30T22:00:00Z'), 'month', 'Europe/Berlin'))[0]).toBe(
      '2026-03-31T22:00:00.000Z'
    );
    expect(span(lastCompletePeriod(t('2026-04-30T21:59:59Z'), 'month', 'Europe/Berlin'))[0]).toBe(
      '2026-02-28T23:00:00.000Z'
    );
  });

  it('to-date is the period holding the last instant of the range', () => {
    expect(span(periodToDate(t('2026-04-15T09:00:00Z'), 'month', 'UTC'))[0]).toBe('2026-04-01T00:00:00.000Z');
    expect(span(periodToDate(t('2026-05-01T00:00:00Z'), 'month', 'UTC'))[0]).toBe('2026-04-01T00:00:00.000Z');
  });

  it('twelve periods up to one, oldest first and contiguous', () => {
    const months = periodsUpTo(t('2026-03-10T00:00:00Z'), 'month', 'Europe/Berlin', 12);
    expect(months).toHaveLength(12);
    expect(iso(months[0]?.start ?? 0)).toBe('2025-03-31T22:00:00.000Z');
    expect(iso(months[11]?.start ?? 0)).toBe('2026-02-28T23:00:00.000Z');
    months.slice(1).forEach((m, i) => expect(m.start).toBe(months[i]?.end));
  });
});

describe('labels', () => {
  it.each<[Period, string, string, string]>([
    ['month', '2026-04-01T00:00:00Z', 'UTC', 'April 2026'],
    ['month', '2026-03-31T22:00:00Z', 'Europe/Berlin', 'April 2026'],
    ['quarter', '2026-04-01T00:00:00Z', 'UTC', 'Q2 2026'],
    ['week', '2025-12-29T00:00:00Z', 'UTC', 'Week 1, 2026'],
    ['week', '2026-12-28T00:00:00Z', 'UTC', 'Week 53, 2026'],
    ['day', '2026-04-05T00:00:00Z', 'UTC', '5 Apr 2026'],
    ['year', '2026-01-01T00:00:00Z', 'UTC', '2026'],
  ])('%s starting %s in %s reads "%s"', (period, start, zone, label) => {
    expect(periodLabel(t(start), period, zone)).toBe(label);
  });

  it('ISO weeks: 2021-01-03 is in week 53 of 2020', () => {
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual({ week: 53, year: 2020 });
  });
});

describe('property: every instant lies in its period, which starts at local midnight', () => {
  const zones = [
    'UTC',
    'Europe/Berlin',
    'America/New_York',
    'America/Santiago',
    'Australia/Lord_Howe',
    'Asia/Kathmandu',
    'Pacific/Chatham',
  ];
  const periods: Period[] = ['day', 'week', 'month', 'quarter', 'year'];
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

  it('holds for 3,000 random instants, zones and periods', () => {
    for (let i = 0; i < 3000; i++) {
      const at = Date.UTC(2015, 0, 1) + Math.floor(rand() * 15 * 365 * 86_400_000);
      const zone = zones[i % zones.length] ?? 'UTC';
      const period = periods[Math.floor(rand() * periods.length)] ?? 'month';
      const p = periodOf(at, period, zone);
      expect(p.start).toBeLessThanOrEqual(at);
      expect(at).toBeLessThan(p.end);
      expect(periodOf(p.start, period, zone)).toEqual(p);
      expect(periodOf(p.end, period, zone).start).toBe(p.end);
      // a day may start after a DST gap at midnight, never later than 01:00
      const local = localFields(p.start, zone);
      expect(local.hour * 60 + local.minute).toBeLessThanOrEqual(60);
      if (period !== 'day' && period !== 'week') {
        expect(local.day).toBe(1);
      }
    }
  });
});
