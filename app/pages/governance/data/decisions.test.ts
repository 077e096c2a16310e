import { approveBlock, decisionPath, rejectBlock } from './decisions';

const proposal = { kind: 'KPI' as const, id: 'customer.nps', version: 3, author: 'alice', fourEyes: true };

describe('decisionPath', () => {
  it('uses the plural route of each kind', () => {
    expect(decisionPath(proposal, 'approve')).toBe('kpis/customer.nps/versions/3/approve');
    expect(decisionPath({ ...proposal, kind: 'FreezeWindow', id: 'q4' }, 'reject')).toBe(
      'freeze-windows/q4/versions/3/reject'
    );
    expect(decisionPath({ ...proposal, kind: 'MaturityModel', version: 1 }, 'approve')).toBe(
      'maturity-models/customer.nps/versions/1/approve'
    );
  });
});

describe('approveBlock', () => {
  it('needs the Admin role', () => {
    expect(approveBlock(proposal, { login: 'bob', role: 'Editor' })).toBe(
      'Approving needs the Admin role in Grafana (approver on the KPI server); you are Editor'
    );
    expect(approveBlock(proposal, { login: 'bob', role: 'Viewer' })).toContain('you are Viewer');
  });

  it('refuses the author of a four-eyes proposal, whatever the case of the login', () => {
    expect(approveBlock(proposal, { login: 'Alice', role: 'Admin' })).toBe(
      'four-eyes: someone other than alice must approve'
    );
  });

  it('lets another admin approve, and the author when four-eyes is off', () => {
    expect(approveBlock(proposal, { login: 'bob', role: 'Admin' })).toBeUndefined();
    expect(approveBlock({ ...proposal, fourEyes: false }, { login: 'alice', role: 'Admin' })).toBeUndefined();
  });
});

describe('rejectBlock', () => {
  it('needs the Admin role and a reason', () => {
    expect(rejectBlock({ login: 'bob', role: 'Viewer' }, 'no')).toBe(
      'Rejecting needs the Admin role in Grafana (approver on the KPI server); you are Viewer'
    );
    expect(rejectBlock({ login: 'bob', role: 'Admin' }, '  ')).toBe(
      'Rejecting needs a reason: write it in the comment'
    );
    expect(rejectBlock({ login: 'alice', role: 'Admin' }, 'target is wrong')).toBeUndefined();
  });
});
