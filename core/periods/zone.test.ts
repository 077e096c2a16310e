import { localTimeIso } from './local-time';
import fc from 'fast-check';
import { checkTimeZone, instantOf, localFields, offsetAt, TimeZoneError } from './zone';

describe('time zones', () => {
  it('an unknown zone is an error naming it', () => {
    expect(() => checkTimeZone('Mars/Olympus')).toThrow(TimeZoneError);
    expect(() => checkTimeZone('Mars/Olympus')).toThrow('unknown time zone "Mars/Olympus"');
    expect(checkTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
  });

  it('offsets follow DST', () => {
    expect(offsetAt(Date.parse('2026-01-15T00:00:00Z'), 'Europe/Berlin')).toBe(3_600_000);
    expect(offsetAt(Date.parse('2026-07-15T00:00:00Z'), 'Europe/Berlin')).toBe(7_200_000);
    expect(offsetAt(Date.parse('2026-07-15T00:00:00Z'), 'Asia/Kathmandu')).toBe(20_700_000);
  });

  it('local fields agree with Intl at any instant, around transitions too (the offsets are cached by quarter hour)', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'UTC'];
    const transition = Date.parse('2026-10-25T01:00:00Z');
    const instant = fc.oneof(
      fc.integer({ min: Date.parse('1975-01-01'), max: Date.parse('2040-01-01') }),
      fc.integer({ min: transition - 3_600_000, max: transition + 3_600_000 })
    );
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (t, zone) => {
        const parts = new Intl.DateTimeFormat('en-US', {
          timeZone: zone,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        }).formatToParts(new Date(t));
        const field = (type: string) => Number(parts.find((p) => p.type === type)?.value);
        const expected = ['year', 'month', 'day', 'hour', 'minute', 'second'].map(field);
        const got = localFields(t, zone);
        expect([got.year, got.month, got.day, got.hour, got.minute, got.second]).toEqual(expected);
      }),
      { numRuns: 2000 }
    );
  });

  it('a wall time skipped by DST maps to the end of the gap; a repeated one to its first occurrence', () => {
    // Berlin 2026-03-29 02:30 does not exist: clocks jump from 02:00 CET to 03:00 CEST at 01:00Z
    expect(new Date(instantOf(Date.UTC(2026, 2, 29, 2, 30), 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-29T01:00:00.000Z'
    );
    // Berlin 2026-10-25 02:30 happens twice: first at 00:30Z (CEST)
    expect(new Date(instantOf(Date.UTC(2026, 9, 25, 2, 30), 'Europe/Berlin')).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z'
    );
  });
});

describe('dates without a time', () => {
  it('mean local midnight in the zone; full times keep their own offset', () => {
    expect(localTimeIso('2026-03-02', 'Europe/Berlin')).toBe('2026-03-01T23:00:00.000Z');
    expect(localTimeIso('2026-07-02', 'Europe/Berlin')).toBe('2026-07-01T22:00:00.000Z');
    expect(localTimeIso('2026-03-02', 'UTC')).toBe('2026-03-02T00:00:00.000Z');
    expect(localTimeIso('2026-03-02T12:00:00+05:00', 'Europe/Berlin')).toBe('2026-03-02T07:00:00.000Z');
  });
});
