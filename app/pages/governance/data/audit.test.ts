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
  it('asks for the newest first, then before the oldest loaded, and stops on a short page', () => {
    expect(auditPath(undefined)).toBe('audit?order=desc&limit=50');
    expect(auditPath(41)).toBe('audit?order=desc&before=41&limit=50');
    const one = addAuditPage(firstAuditPages, [entry(9), entry(8)], 2);
    expect(one).toEqual({ entries: [entry(9), entry(8)], before: 8, done: false });
    // entry 8 comes again (an entry added meanwhile shifted nothing, but a retry overlaps): kept once; 2 < 3: the end
    const two = addAuditPage(one, [entry(8), entry(7)], 3);
    expect(two.entries.map((e) => e.seq)).toEqual([9, 8, 7]);
    expect(two.before).toBe(7);
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
