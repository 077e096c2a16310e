import { duration, durationMs } from './duration';

describe('durationMs', () => {
  it('converts minutes, hours, days and weeks to milliseconds, a day being 24 hours', () => {
    expect(durationMs('90m')).toBe(5_400_000);
    expect(durationMs('12h')).toBe(43_200_000);
    expect(durationMs('1d')).toBe(86_400_000);
    expect(durationMs('30d')).toBe(2_592_000_000);
    expect(durationMs('2w')).toBe(1_209_600_000);
  });

  it('refuses text that is not a duration', () => {
    for (const text of ['', '0d', '30', 'd', '1.5h', '30D', ' 30d', '30s']) {
      expect(() => durationMs(text)).toThrow(`"${text}" is not a duration such as 30d, 12h, 2w or 90m`);
    }
  });

  it('accepts the same text as the duration schema', () => {
    expect(duration.safeParse('45m').success).toBe(true);
    expect(duration.safeParse('0w').success).toBe(false);
  });
});
