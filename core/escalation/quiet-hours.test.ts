import { inQuietHours, quietHoursEnd } from './quiet-hours';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('inQuietHours / quietHoursEnd', () => {
  const night = { from: '22:00', to: '06:00' };

  it('holds a window that wraps midnight, start included and end excluded', () => {
    expect(inQuietHours(at('2026-12-02T21:59:00Z'), night, 'UTC')).toBe(false);
    expect(inQuietHours(at('2026-12-02T22:00:00Z'), night, 'UTC')).toBe(true);
    expect(inQuietHours(at('2026-12-03T05:59:00Z'), night, 'UTC')).toBe(true);
    expect(inQuietHours(at('2026-12-03T06:00:00Z'), night, 'UTC')).toBe(false);
    expect(iso(quietHoursEnd(at('2026-12-02T23:00:00Z'), night, 'UTC'))).toBe('2026-12-03T06:00:00.000Z');
    expect(iso(quietHoursEnd(at('2026-12-03T02:00:00Z'), night, 'UTC'))).toBe('2026-12-03T06:00:00.000Z');
  });

  it('returns the instant itself outside quiet hours or without them', () => {
    expect(iso(quietHoursEnd(at('2026-12-02T12:00:00Z'), night, 'UTC'))).toBe('2026-12-02T12:00:00.000Z');
    expect(inQuietHours(at('2026-12-02T23:00:00Z'), undefined, 'UTC')).toBe(false);
    expect(iso(quietHoursEnd(at('2026-12-02T23:00:00Z'), undefined, 'UTC'))).toBe('2026-12-02T23:00:00.000Z');
  });

  it('holds a window within one day', () => {
    const lunch = { from: '12:00', to: '13:30' };
    expect(inQuietHours(at('2026-12-02T11:59:00Z'), lunch, 'UTC')).toBe(false);
    expect(inQuietHours(at('2026-12-02T13:29:00Z'), lunch, 'UTC')).toBe(true);
    expect(iso(quietHoursEnd(at('2026-12-02T12:10:00Z'), lunch, 'UTC'))).toBe('2026-12-02T13:30:00.000Z');
  });

  it('counts days as the day the window starts (2026-12-04 is a Friday)', () => {
    const fridayNight = { ...night, days: ['fri' as const] };
    expect(inQuietHours(at('2026-12-04T23:00:00Z'), fridayNight, 'UTC')).toBe(true);
    expect(inQuietHours(at('2026-12-05T03:00:00Z'), fridayNight, 'UTC')).toBe(true);
    expect(inQuietHours(at('2026-12-05T23:00:00Z'), fridayNight, 'UTC')).toBe(false);
    expect(inQuietHours(at('2026-12-04T03:00:00Z'), fridayNight, 'UTC')).toBe(false);
  });

  it('reads the wall clock of the organisation zone, or of the window’s own zone', () => {
    // Berlin is UTC+1 in December
    expect(inQuietHours(at('2026-12-02T20:59:00Z'), night, 'Europe/Berlin')).toBe(false);
    expect(inQuietHours(at('2026-12-02T21:00:00Z'), night, 'Europe/Berlin')).toBe(true);
    expect(iso(quietHoursEnd(at('2026-12-02T21:00:00Z'), night, 'Europe/Berlin'))).toBe('2026-12-03T05:00:00.000Z');
    // New York is UTC-5 in December: 22:00 there is 03:00Z
    const newYork = { ...night, timeZone: 'America/New_York' };
    expect(inQuietHours(at('2026-12-02T23:00:00Z'), newYork, 'Europe/Berlin')).toBe(false);
    expect(inQuietHours(at('2026-12-03T03:00:00Z'), newYork, 'Europe/Berlin')).toBe(true);
    expect(iso(quietHoursEnd(at('2026-12-03T03:00:00Z'), newYork, 'UTC'))).toBe('2026-12-03T11:00:00.000Z');
  });

  it('is 7 hours long over the 23-hour day (Berlin springs forward on 2026-03-29 at 02:00)', () => {
    // 22:00 CET = 21:00Z; 06:00 CEST = 04:00Z
    expect(inQuietHours(at('2026-03-28T20:59:00Z'), night, 'Europe/Berlin')).toBe(false);
    expect(inQuietHours(at('2026-03-28T21:00:00Z'), night, 'Europe/Berlin')).toBe(true);
    expect(inQuietHours(at('2026-03-29T03:59:00Z'), night, 'Europe/Berlin')).toBe(true);
    expect(inQuietHours(at('2026-03-29T04:00:00Z'), night, 'Europe/Berlin')).toBe(false);
    expect(iso(quietHoursEnd(at('2026-03-28T23:00:00Z'), night, 'Europe/Berlin'))).toBe('2026-03-29T04:00:00.000Z');
  });

  it('is 9 hours long over the 25-hour day (Berlin falls back on 2026-10-25 at 03:00)', () => {
    // 22:00 CEST = 20:00Z; 06:00 CET = 05:00Z
    expect(inQuietHours(at('2026-10-24T19:59:00Z'), night, 'Europe/Berlin')).toBe(false);
    expect(inQuietHours(at('2026-10-24T20:00:00Z'), night, 'Europe/Berlin')).toBe(true);
    expect(inQuietHours(at('2026-10-25T04:59:00Z'), night, 'Europe/Berlin')).toBe(true);
    expect(inQuietHours(at('2026-10-25T05:00:00Z'), night, 'Europe/Berlin')).toBe(false);
    expect(iso(quietHoursEnd(at('2026-10-24T20:00:00Z'), night, 'Europe/Berlin'))).toBe('2026-10-25T05:00:00.000Z');
  });

  it('starts a window whose start is skipped by DST at the end of the gap (03:00 CEST = 01:00Z)', () => {
    const skipped = { from: '02:30', to: '05:00' };
    expect(inQuietHours(at('2026-03-29T00:59:00Z'), skipped, 'Europe/Berlin')).toBe(false);
    expect(inQuietHours(at('2026-03-29T01:00:00Z'), skipped, 'Europe/Berlin')).toBe(true);
    expect(inQuietHours(at('2026-03-29T02:59:00Z'), skipped, 'Europe/Berlin')).toBe(true);
    expect(inQuietHours(at('2026-03-29T03:00:00Z'), skipped, 'Europe/Berlin')).toBe(false);
    expect(iso(quietHoursEnd(at('2026-03-29T01:00:00Z'), skipped, 'Europe/Berlin'))).toBe('2026-03-29T03:00:00.000Z');
    // the day before, in CET: 02:30 = 01:30Z to 05:00 = 04:00Z
    expect(inQuietHours(at('2026-03-28T01:29:00Z'), skipped, 'Europe/Berlin')).toBe(false);
    expect(inQuietHours(at('2026-03-28T03:59:00Z'), skipped, 'Europe/Berlin')).toBe(true);
  });

  it('holds a window inside the repeated hour only at its first occurrence', () => {
    const repeated = { from: '02:15', to: '02:45' };
    // 02:15 CEST = 00:15Z; the second 02:15 (CET) = 01:15Z
    expect(inQuietHours(at('2026-10-25T00:15:00Z'), repeated, 'Europe/Berlin')).toBe(true);
    expect(inQuietHours(at('2026-10-25T01:15:00Z'), repeated, 'Europe/Berlin')).toBe(false);
  });
});
