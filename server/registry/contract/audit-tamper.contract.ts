import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../core/canonical';
import { type Store } from '../../store/store';
import { storedDocument } from '../documents';
import { withHistory } from './audit.contract';
import { editor, kpi } from './fixtures';
import { type RegistryHarness } from './harness';

const GENESIS = '0'.repeat(64);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Rewrites KPI a version 2's stored document (target 3 → 4); with `rehash`, its hash column too. */
async function tamperVersion(store: Store, rehash: boolean): Promise<string> {
  const where = `WHERE kind = 'KPI' AND id = 'a' AND version = 2`;
  const [row] = await store.sql.query(`SELECT document FROM registry_versions ${where}`);
  const doc = storedDocument(String(row?.document));
  if (doc.kind !== 'KPI') {
    throw new Error('KPI a version 2 is not a KPI');
  }
  const edited = canonicalJson({ ...doc, spec: { ...doc.spec, target: 4 } });
  await store.sql.exec(`UPDATE registry_versions SET document = $1 ${where}`, [edited]);
  if (rehash) {
    await store.sql.exec(`UPDATE registry_versions SET hash = $1 ${where}`, [sha256(edited)]);
  }
  return sha256(edited);
}

/** Deletes the entries after `keep` and moves the chain head row back to entry `keep`, as a careful intruder would. */
async function truncate(store: Store, keep: number): Promise<void> {
  const [row] = await store.sql.query('SELECT hash FROM audit_log WHERE seq = $1', [keep]);
  await store.sql.exec('DELETE FROM audit_log WHERE seq > $1', [keep]);
  await store.sql.exec('UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1', [keep, String(row?.hash)]);
}

export function auditTamperContract(h: RegistryHarness): void {
  it('reports the chain head, from the empty log on', async () => {
    const empty = await h.open();
    expect(await empty.registry.verifyAudit()).toEqual({
      ok: true,
      entries: 0,
      versions: 0,
      head: { entries: 0, hash: GENESIS },
    });
    const { registry } = await withHistory(h);
    const last = (await registry.audit({ after: 4 }))[0];
    expect((await registry.verifyAudit()).head).toEqual({ entries: 5, hash: last?.hash });
  });

  it('names a version whose document no longer matches its SHA-256, with kind, id and version', async () => {
    const { registry, store } = await withHistory(h);
    const stored = (await registry.get('KPI', 'a', { version: 2 })).hash;
    const edited = await tamperVersion(store, false);
    expect(await registry.verifyAudit()).toEqual({
      ok: false,
      entries: 5,
      versions: 3,
      head: { entries: 5, hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      tamperedVersions: [
        {
          kind: 'KPI',
          id: 'a',
          version: 2,
          reason: `its document hashes to ${edited}, not its SHA-256 ${stored}: it was edited`,
        },
      ],
    });
  });

  it('names a version whose document and hash were rewritten together, from the hash its audit entry logged', async () => {
    const { registry, store } = await withHistory(h);
    const stored = (await registry.get('KPI', 'a', { version: 2 })).hash;
    const edited = await tamperVersion(store, true);
    const result = await registry.verifyAudit();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.tamperedVersions).toEqual([
      {
        kind: 'KPI',
        id: 'a',
        version: 2,
        reason: `its hash ${edited} is not the ${stored} audit entry 4 recorded: it was rewritten`,
      },
    ]);
  });

  it('accepts the head kept earlier after more entries were appended', async () => {
    const { registry } = await withHistory(h);
    const { head } = await registry.verifyAudit();
    await registry.put(kpi('c'), editor);
    expect(await registry.verifyAudit({ expectHead: head })).toMatchObject({ ok: true, entries: 6 });
  });

  it('detects a tail deleted together with the chain head only with the expected head', async () => {
    const { registry, store } = await withHistory(h);
    const { head } = await registry.verifyAudit();
    if (head === undefined) {
      throw new Error('a healthy log has a head');
    }
    await store.sql.exec(`DELETE FROM registry_versions WHERE kind = 'KPI' AND id = 'a' AND version = 2`);
    await truncate(store, 3);
    expect(await registry.verifyAudit()).toMatchObject({ ok: true, entries: 3 });
    expect(await registry.verifyAudit({ expectHead: head })).toEqual({
      ok: false,
      entries: 3,
      versions: 2,
      head: { entries: 3, hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      headMismatch: {
        expected: head,
        reason: 'the log holds 3 entries, fewer than the 5 expected: entries 4..5 were deleted from its end',
      },
    });
  });

  it('detects a rewritten tail of the same length, and the version whose entry went with it', async () => {
    const { registry, store } = await withHistory(h);
    const { head } = await registry.verifyAudit();
    if (head === undefined) {
      throw new Error('a healthy log has a head');
    }
    await truncate(store, 3);
    await registry.put(kpi('c'), editor);
    await registry.put(kpi('d'), editor);
    const result = await registry.verifyAudit({ expectHead: head });
    const now = result.head?.hash ?? '';
    expect(result).toMatchObject({
      ok: false,
      entries: 5,
      headMismatch: {
        reason: `the hash after entry 5 is ${now}, not the expected ${head.hash}: the log was rewritten up to there`,
      },
      tamperedVersions: [{ kind: 'KPI', id: 'a', version: 2, reason: 'no audit entry records its creation' }],
    });
    expect(now).not.toBe(head.hash);
  });
}
