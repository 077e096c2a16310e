import { kpi } from './contract/fixtures';
import { versionInForce } from './in-force';
import { type VersionRecord } from './types';

function version(n: number, effectiveFrom: string | null, state: VersionRecord['state'] = 'approved'): VersionRecord {
  return {
    kind: 'KPI',
    id: 'k',
    version: n,
    parent: n === 1 ? null : n - 1,
    hash: String(n),
    document: kpi('k'),
    author: 'a',
    message: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    state,
    approver: effectiveFrom === null ? null : 'b',
    decidedAt: effectiveFrom,
    effectiveFrom,
  };
}

const inForce = (history: VersionRecord[], iso: string) => versionInForce(history, iso)?.version;

describe('versionInForce', () => {
  // v1 approved at 10:00 on 2026-03-05 without a declared time; v2 back-dated to 2026-03-02
  const backDated = [version(1, '2026-03-05T10:00:00.000Z'), version(2, '2026-03-02T00:00:00.000Z')];

  it('lets a later version back-dated before an earlier one replace it from its own effective time on', () => {
    expect(inForce(backDated, '2026-03-01T00:00:00.000Z')).toBe(1);
    expect(inForce(backDated, '2026-03-01T23:59:59.999Z')).toBe(1);
    expect(inForce(backDated, '2026-03-02T00:00:00.000Z')).toBe(2);
    expect(inForce(backDated, '2026-03-05T10:00:00.000Z')).toBe(2);
    expect(inForce(backDated, '2027-01-01T00:00:00.000Z')).toBe(2);
  });

  it('gives the same answer whatever order the versions are listed in', () => {
    const reversed = [...backDated].reverse();
    expect(inForce(reversed, '2026-03-01T00:00:00.000Z')).toBe(1);
    expect(inForce(reversed, '2026-03-03T00:00:00.000Z')).toBe(2);
  });

  it('keeps a future-dated version out of force until its time', () => {
    const history = [version(1, '2026-01-10T00:00:00.000Z'), version(2, '2026-07-01T00:00:00.000Z')];
    expect(inForce(history, '2026-04-01T00:00:00.000Z')).toBe(1);
    expect(inForce(history, '2026-06-30T23:59:59.999Z')).toBe(1);
    expect(inForce(history, '2026-07-01T00:00:00.000Z')).toBe(2);
  });

  it('uses the lowest-numbered approved version before every approved version took effect', () => {
    // v2 took effect earlier than v1 here, yet v1 covers the time before both
    expect(inForce(backDated, '2000-01-01T00:00:00.000Z')).toBe(1);
    const firstFuture = [version(1, '2026-09-01T00:00:00.000Z'), version(2, '2026-10-01T00:00:00.000Z')];
    expect(inForce(firstFuture, '2026-03-01T00:00:00.000Z')).toBe(1);
  });

  it('skips proposed and rejected versions and counts retired ones', () => {
    const history = [
      version(1, '2025-01-01T00:00:00.000Z', 'retired'),
      version(2, null, 'rejected'),
      version(3, '2024-06-01T00:00:00.000Z'),
      version(4, null, 'proposed'),
      version(5, '2026-01-01T00:00:00.000Z'),
    ];
    expect(inForce(history, '2000-01-01T00:00:00.000Z')).toBe(1);
    expect(inForce(history, '2024-06-01T00:00:00.000Z')).toBe(3);
    expect(inForce(history, '2025-06-01T00:00:00.000Z')).toBe(3);
    expect(inForce(history, '2026-06-01T00:00:00.000Z')).toBe(5);
  });

  it('has nothing in force without an approved version', () => {
    expect(versionInForce([version(1, null, 'proposed')], '2026-01-01T00:00:00Z')).toBeNull();
    expect(versionInForce([], '2026-01-01T00:00:00Z')).toBeNull();
  });
});
