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

describe('versionInForce', () => {
  const history = [
    version(1, '2025-01-01T00:00:00.000Z', 'retired'),
    version(2, null, 'rejected'),
    version(3, '2024-06-01T00:00:00.000Z'),
    version(4, null, 'proposed'),
    version(5, '2026-01-01T00:00:00.000Z'),
    version(6, '2026-01-01T00:00:00.000Z'),
  ];
  const at = (iso: string) => versionInForce(history, iso)?.version;

  it('uses the earliest effective version for all earlier time', () => {
    expect(at('2000-01-01T00:00:00Z')).toBe(3);
  });

  it('picks the latest effective time not after the instant, whatever the version order', () => {
    expect(at('2024-12-31T23:59:59.999Z')).toBe(3);
    expect(at('2025-01-01T00:00:00.000Z')).toBe(1);
  });

  it('breaks a tie of effective times by the higher version', () => {
    expect(at('2026-06-01T00:00:00Z')).toBe(6);
  });

  it('has nothing in force without an approved version', () => {
    expect(versionInForce([version(1, null, 'proposed')], '2026-01-01T00:00:00Z')).toBeNull();
  });
});
