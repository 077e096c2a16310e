import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../core/canonical';
import { approver, editor, kpi } from './fixtures';
import { type Opened, type RegistryHarness } from './harness';
import { type AuditEntry } from '../types';

/** Five entries: create a, approve a, create b, update a, reject a. */
export async function withHistory(h: RegistryHarness): Promise<Opened> {
  const opened = await h.open();
  const { registry } = opened;
  await registry.put(kpi('a'), editor, { message: 'm1' });
  await registry.approve('KPI', 'a', 1, approver);
  await registry.put(kpi('b'), editor);
  await registry.put(kpi('a', { target: 3 }), editor);
  await registry.reject('KPI', 'a', 2, approver, { reason: 'no' });
  return opened;
}

function expectedHash(e: AuditEntry): string {
  const fields = {
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    action: e.action,
    kind: e.kind,
    id: e.id,
    version: e.version,
    detail: e.detail,
  };
  return createHash('sha256')
    .update(e.prevHash + canonicalJson(fields))
    .digest('hex');
}

export function auditContract(h: RegistryHarness): void {
  it('chains every change: each entry carries the previous hash and hashes its own fields', async () => {
    const { registry, clock } = await withHistory(h);
    const entries = await registry.audit();
    expect(entries.map((e) => [e.seq, e.action, e.kind, e.id, e.version, e.actor])).toEqual([
      [1, 'create', 'KPI', 'a', 1, 'erin'],
      [2, 'approve', 'KPI', 'a', 1, 'avery'],
      [3, 'create', 'KPI', 'b', 1, 'erin'],
      [4, 'update', 'KPI', 'a', 2, 'erin'],
      [5, 'reject', 'KPI', 'a', 2, 'avery'],
    ]);
    expect(entries[0]?.prevHash).toBe('0'.repeat(64));
    expect(entries[0]?.at).toBe(clock.iso());
    entries.forEach((e, i) => {
      expect(e.hash).toBe(expectedHash(e));
      expect(e.prevHash).toBe(i === 0 ? '0'.repeat(64) : entries[i - 1]?.hash);
    });
    expect(entries[4]?.detail).toEqual({ reason: 'no' });
    const head = { entries: 5, hash: entries[4]?.hash };
    expect(await registry.verifyAudit()).toEqual({ ok: true, entries: 5, versions: 3, head });
  });

  it('pages with after and limit', async () => {
    const { registry } = await withHistory(h);
    expect((await registry.audit({ after: 2, limit: 2 })).map((e) => e.seq)).toEqual([3, 4]);
    expect((await registry.audit({ after: 4 })).map((e) => e.seq)).toEqual([5]);
    expect(await registry.audit({ after: 5 })).toEqual([]);
  });

  it('pages newest first with order desc and before', async () => {
    const { registry } = await withHistory(h);
    expect((await registry.audit({ order: 'desc', limit: 2 })).map((e) => e.seq)).toEqual([5, 4]);
    expect((await registry.audit({ order: 'desc', before: 4, limit: 2 })).map((e) => e.seq)).toEqual([3, 2]);
    expect((await registry.audit({ order: 'desc', before: 2 })).map((e) => e.seq)).toEqual([1]);
    expect(await registry.audit({ order: 'desc', before: 1 })).toEqual([]);
  });

  it('names an edited entry', async () => {
    const { registry, store } = await withHistory(h);
    await store.sql.exec(`UPDATE audit_log SET actor = 'mallory' WHERE seq = 3`);
    const result = await registry.verifyAudit();
    expect(result).toMatchObject({ ok: false, firstBroken: { seq: 3, actor: 'mallory' } });
    expect(!result.ok && result.firstBroken?.reason).toContain('edited');
  });

  it('names an entry whose detail was edited', async () => {
    const { registry, store } = await withHistory(h);
    await store.sql.exec(`UPDATE audit_log SET detail = $1 WHERE seq = 5`, ['{"reason":"yes"}']);
    expect(await registry.verifyAudit()).toMatchObject({
      ok: false,
      firstBroken: { seq: 5, detail: { reason: 'yes' } },
    });
  });

  it('names the entry after one edited with a recomputed hash', async () => {
    const { registry, store } = await withHistory(h);
    const [second] = await registry.audit({ after: 1, limit: 1 });
    if (second === undefined) {
      throw new Error('entry 2 missing');
    }
    const forged = { ...second, actor: 'mallory' };
    await store.sql.exec(`UPDATE audit_log SET actor = 'mallory', hash = $1 WHERE seq = 2`, [expectedHash(forged)]);
    const result = await registry.verifyAudit();
    expect(result).toMatchObject({ ok: false, firstBroken: { seq: 3 } });
    expect(!result.ok && result.firstBroken?.reason).toContain('entry 2');
  });

  it('names the entry after a deleted one, saying which is missing', async () => {
    const { registry, store } = await withHistory(h);
    await store.sql.exec('DELETE FROM audit_log WHERE seq = 3');
    const result = await registry.verifyAudit();
    expect(result).toMatchObject({ ok: false, firstBroken: { seq: 4, action: 'update' } });
    expect(!result.ok && result.firstBroken?.reason).toContain('entry 3 is missing');
  });

  it('notices deleted entries at the start and at the end', async () => {
    const start = await withHistory(h);
    await start.store.sql.exec('DELETE FROM audit_log WHERE seq = 1');
    expect(await start.registry.verifyAudit()).toMatchObject({
      ok: false,
      firstBroken: { seq: 2, reason: expect.stringContaining('entry 1 is missing') },
    });
    const end = await withHistory(h);
    await end.store.sql.exec('DELETE FROM audit_log WHERE seq >= 4');
    expect(await end.registry.verifyAudit()).toMatchObject({
      ok: false,
      firstBroken: { seq: 4, reason: expect.stringContaining('entries 4..5 are missing') },
    });
  });

  it('keeps verifying after more writes on a healthy log', async () => {
    const { registry } = await withHistory(h);
    await registry.put(kpi('c'), editor);
    expect(await registry.verifyAudit()).toMatchObject({ ok: true, entries: 6, versions: 4, head: { entries: 6 } });
  });
}
