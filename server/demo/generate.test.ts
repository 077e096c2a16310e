import { DAY_MS, weekdayOf } from './calendar';
import { generateAll, sampleChecksum, TEST_END } from './test-support';

describe('generateDemo', () => {
  it('is deterministic: the same seed gives the same counts and the same rows', () => {
    const a = generateAll({ seed: 's1' });
    const b = generateAll({ seed: 's1' });
    expect(a.rows).toHaveLength(20_000);
    expect(b.summary.byEvent).toEqual(a.summary.byEvent);
    expect(sampleChecksum(b.rows)).toBe(sampleChecksum(a.rows));
    expect(sampleChecksum(generateAll({ seed: 's2' }).rows)).not.toBe(sampleChecksum(a.rows));
  });

  it('makes exactly the events asked for, in time order, over 13 months ending at the UTC midnight', () => {
    const { rows, summary } = generateAll({ events: 12_345, end: TEST_END + 5 * 3_600_000 });
    expect(rows).toHaveLength(12_345);
    expect(summary.events).toBe(12_345);
    expect(rows.every((r, i) => i === 0 || (rows[i - 1]?.time ?? 0) <= r.time)).toBe(true);
    expect(summary.window).toEqual({ start: Date.UTC(2025, 9, 22), end: TEST_END, days: 396 });
    expect(rows[0]?.time).toBeGreaterThanOrEqual(Date.UTC(2025, 9, 22));
    expect(rows[rows.length - 1]?.time).toBeLessThan(TEST_END);
  });

  it('refuses fewer events than the smallest customer base needs', () => {
    expect(() => generateAll({ events: 999 })).toThrow('the demo needs at least 1000 events, got 999');
  });

  it('has weekly and yearly seasons', () => {
    const { rows } = generateAll({ events: 100_000 });
    const perWeekday = new Array<number>(7).fill(0);
    const perMonth = new Map<string, number>();
    for (const r of rows) {
      perWeekday[weekdayOf(r.time)] = (perWeekday[weekdayOf(r.time)] ?? 0) + 1;
      const month = new Date(r.time).toISOString().slice(0, 7);
      perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    }
    const [sun = 0, mon = 0, tue = 0, wed = 0, thu = 0, fri = 0, sat = 0] = perWeekday;
    expect((mon + tue + wed + thu + fri) / 5).toBeGreaterThan(1.8 * ((sat + sun) / 2));
    expect(perMonth.get('2026-10') ?? 0).toBeGreaterThan(1.2 * (perMonth.get('2026-08') ?? 0));
  });

  it("spreads the day by the regions' business hours", () => {
    const { rows } = generateAll({ events: 50_000 });
    const hour = (r: (typeof rows)[number]) => Math.floor((r.time % DAY_MS) / 3_600_000);
    const emea = rows.filter((r) => r.region === 'emea');
    const office = emea.filter((r) => hour(r) >= 8 && hour(r) < 17).length;
    const night = emea.filter((r) => hour(r) >= 0 && hour(r) < 5).length;
    expect(office).toBeGreaterThan(8 * night);
  });
});
