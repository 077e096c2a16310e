import { kpiDoc } from '../test-support/documents';
import { approvedRecord } from '../test-support/records';
import { EndValidity, inForceSpan, windowSpan } from './end-validity';
import { reportWindow } from './scorecard-periods';

const version = (n: number, effectiveFrom: string | null) => approvedRecord(kpiDoc('k'), { version: n, effectiveFrom });
const ms = (iso: string) => Date.parse(iso);

describe('the ends of range an answer holds for', () => {
  it('a version stays in force between the effective times around the instant, pending versions aside', () => {
    const versions = [version(1, '2026-01-01T00:00:00Z'), version(2, null), version(3, '2026-03-18T00:00:00Z')];
    expect(inForceSpan(versions, ms('2026-02-10T00:00:00Z'))).toEqual([
      ms('2026-01-01T00:00:00Z'),
      ms('2026-03-18T00:00:00Z'),
    ]);
    expect(inForceSpan(versions, ms('2026-03-18T00:00:00Z'))).toEqual([ms('2026-03-18T00:00:00Z'), Infinity]);
    expect(inForceSpan(versions, ms('2025-06-01T00:00:00Z'))).toEqual([-Infinity, ms('2026-01-01T00:00:00Z')]);
  });

  it('a complete month is reported from its end until the next month ends, in the zone', () => {
    const window = reportWindow(
      ms('2026-04-15T08:00:00Z'),
      ms('2026-12-01T00:00:00Z'),
      'month',
      'complete',
      'Europe/Berlin'
    );
    // March in Berlin ends 2026-03-31T22:00Z; April ends 2026-04-30T22:00Z
    expect(windowSpan(window, 'Europe/Berlin')).toEqual([ms('2026-03-31T22:00:00Z'), ms('2026-04-30T22:00:00Z')]);
    const running = reportWindow(
      ms('2026-04-15T08:00:00Z'),
      ms('2026-12-01T00:00:00Z'),
      'month',
      'to-date',
      'Europe/Berlin'
    );
    expect(windowSpan(running, 'Europe/Berlin')).toBeNull();
  });

  it('narrows to the intersection and holds for ends inside it only', () => {
    const v = new EndValidity();
    v.within(10, 50);
    v.within(20, 80);
    expect([v.holds(19), v.holds(20), v.holds(49), v.holds(50)]).toEqual([false, true, true, false]);
    v.never();
    expect(v.holds(30)).toBe(false);
  });
});
