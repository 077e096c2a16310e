import { auditView } from './audit';

const HASH = 'ab'.repeat(32);

describe('auditView', () => {
  it('shows the entries and the head of an intact chain', () => {
    expect(auditView({ ok: true, entries: 42, versions: 30, head: { entries: 42, hash: HASH } })).toEqual({
      ok: true,
      entries: 42,
      head: `42:${HASH}`,
    });
  });

  it('names the first broken entry, tampered versions and a head mismatch', () => {
    const view = auditView({
      ok: false,
      entries: 12,
      versions: 9,
      firstBroken: { seq: 7, reason: 'the hash does not match the entry: it was edited' },
      tamperedVersions: [{ kind: 'KPI', id: 'customer.nps', version: 2, reason: 'document hash differs' }],
      headMismatch: { reason: 'the log holds 12 entries, fewer than the 14 expected' },
    });
    expect(view).toEqual({
      ok: false,
      entries: 12,
      problems: [
        'Entry 7 breaks the chain: the hash does not match the entry: it was edited',
        'KPI customer.nps version 2: document hash differs',
        'the log holds 12 entries, fewer than the 14 expected',
      ],
    });
  });

  it('still says broken when the server names no problem', () => {
    expect(auditView({ ok: false, entries: 3, versions: 3 })).toMatchObject({
      ok: false,
      problems: [expect.any(String)],
    });
  });
});
