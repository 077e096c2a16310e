import { readOnlyReason } from './access';

const open = { state: 'open' as const, releasedAt: null };

describe('readOnlyReason', () => {
  it('lets the assessor answer, whatever the case of the login', () => {
    expect(readOnlyReason(open, 'alice', { login: 'Alice', role: 'Viewer' })).toBeUndefined();
  });

  it('shows even a Grafana Admin the answers read-only: only the assessor answers', () => {
    expect(readOnlyReason(open, 'alice', { login: 'root', role: 'Admin' })).toBe(
      "These are alice's answers: only alice may change them (you are signed in as root)."
    );
  });

  it('shows others the answers read-only', () => {
    expect(readOnlyReason(open, 'alice', { login: 'bob', role: 'Editor' })).toBe(
      "These are alice's answers: only alice may change them (you are signed in as bob)."
    );
  });

  it('locks a released cycle, even for an Admin', () => {
    expect(
      readOnlyReason({ state: 'released', releasedAt: '2026-11-30T10:00:00Z' }, 'alice', {
        login: 'alice',
        role: 'Admin',
      })
    ).toBe('This cycle was released on 2026-11-30: its answers are locked.');
  });
});
