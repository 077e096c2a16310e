import { addAuditPage, auditPath, auditTarget, firstAuditPages, verifyView } from './audit';
import { type AuditEntry } from './schemas';

const entry = (seq: number): AuditEntry => ({
  seq,
  at: '2026-11-22T10:00:00Z',
  actor: 'alice',
  action: 'put',
  kind: 'KPI',
  id: 'customer.nps',
  version: seq,
  detail: {},
  hash: `h${seq}`,
});

describe('audit paging', () => {
  it('asks after the last seq and stops on a short page', () => {
    expect(auditPath(0)).toBe('audit?after=0&limit=50');
    const one = addAuditPage(firstAuditPages, [entry(1), entry(2)], 2);
    expect(one).toEqual({ entries: [entry(1), entry(2)], after: 2, done: false });
    // entry 2 comes again (a reload overlapping the last page): kept once; 2 entries < limit 3: the end
    const two = addAuditPage(one, [entry(2), entry(3)], 3);
    expect(two.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(two.after).toBe(3);
    expect(two.done).toBe(true);
    expect(addAuditPage(two, [], 2)).toEqual({ ...two, done: true });
  });

  it('names the resource of an entry', () => {
    expect(auditTarget({ kind: 'KPI', id: 'customer.nps', version: 3 })).toBe('KPI customer.nps v3');
    expect(auditTarget({ kind: 'Scorecard', id: 'corporate', version: null })).toBe('Scorecard corporate');
    expect(auditTarget({ kind: null, id: null, version: null })).toBe('—');
  });
});

describe('verifyView', () => {
  it('gives the head to copy when the chain verifies', () => {
    const hash = 'a'.repeat(64);
    expect(verifyView({ ok: true, entries: 12, versions: 7, head: { entries: 12, hash } })).toEqual({
      ok: true,
      summary: 'Chain verified: 12 entries, 7 versions checked',
      head: `12:${hash}`,
    });
  });

  it('lists the first broken entry and each tampered version', () => {
    const view = verifyView({
      ok: false,
      entries: 12,
      versions: 7,
      firstBroken: { seq: 5, reason: 'hash does not match its content' },
      tamperedVersions: [
        { kind: 'KPI', id: 'customer.nps', version: 2, reason: 'document does not match its SHA-256' },
      ],
    });
    expect(view).toEqual({
      ok: false,
      summary: 'Verification FAILED: 12 entries, 7 versions checked',
      problems: [
        'first broken entry #5: hash does not match its content',
        'tampered KPI customer.nps v2: document does not match its SHA-256',
      ],
    });
  });
});
