import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../core/canonical';
import { resourceDocument } from '../../../core/schema';
import { admin, editor, errorOf, kpi, viewer } from './fixtures';
import { type RegistryHarness } from './harness';

const sha256 = (doc: unknown) =>
  createHash('sha256')
    .update(canonicalJson(resourceDocument.parse(doc)))
    .digest('hex');

export function versionsContract(h: RegistryHarness): void {
  it('writes version 1 as proposed, with hash, author, message and time', async () => {
    const { registry, clock } = await h.open();
    const doc = kpi('customer.nps');
    const result = await registry.put(doc, editor, { message: 'first cut' });
    expect(result.created).toBe(true);
    expect(result.version).toMatchObject({
      kind: 'KPI',
      id: 'customer.nps',
      version: 1,
      parent: null,
      hash: sha256(doc),
      author: 'erin',
      message: 'first cut',
      createdAt: clock.iso(),
      state: 'proposed',
      approver: null,
      decidedAt: null,
      effectiveFrom: null,
    });
    expect(result.version.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await registry.get('KPI', 'customer.nps')).toEqual(result.version);
  });

  it('chains each change as version n+1 with parent n and its own hash', async () => {
    const { registry } = await h.open();
    for (const goal of [45, 50, 55]) {
      await registry.put(kpi('k', { target: goal, thresholds: { redFlag: 20, goal } }), editor);
    }
    const versions = await registry.versions('KPI', 'k');
    expect(versions.map((v) => [v.version, v.parent])).toEqual([
      [1, null],
      [2, 1],
      [3, 2],
    ]);
    expect(new Set(versions.map((v) => v.hash)).size).toBe(3);
    expect(versions.map((v) => v.document.kind === 'KPI' && v.document.spec.thresholds.goal)).toEqual([45, 50, 55]);
    expect((await registry.get('KPI', 'k')).version).toBe(3);
    expect((await registry.get('KPI', 'k', { version: 2 })).hash).toBe(
      sha256(kpi('k', { target: 50, thresholds: { redFlag: 20, goal: 50 } }))
    );
  });

  it('creates nothing for an unchanged document, even with its keys in another order', async () => {
    const { registry } = await h.open();
    const first = await registry.put(kpi('k'), editor);
    const { spec, metadata, kind, apiVersion } = kpi('k');
    const again = await registry.put({ spec, metadata, kind, apiVersion }, admin, { message: 'no-op' });
    expect(again).toEqual({ created: false, version: first.version });
    expect(await registry.versions('KPI', 'k')).toHaveLength(1);
    expect(await registry.audit()).toHaveLength(1);
  });

  it('answers conflict to a writer whose ifMatch is stale', async () => {
    const { registry } = await h.open();
    await registry.put(kpi('k'), editor, { ifMatch: 0 });
    await registry.put(kpi('k', { target: 50 }), editor, { ifMatch: 1 });
    const stale = await errorOf(registry.put(kpi('k', { target: 60 }), editor, { ifMatch: 1 }));
    expect(stale.code).toBe('conflict');
    expect(stale.message).toContain('KPI k is at version 2, not 1');
    expect((await errorOf(registry.put(kpi('k', { target: 60 }), editor, { ifMatch: 0 }))).code).toBe('conflict');
    expect((await errorOf(registry.put(kpi('new'), editor, { ifMatch: 3 }))).code).toBe('conflict');
    expect((await registry.get('KPI', 'k')).version).toBe(2);
  });

  it('refuses invalid documents with the path of the problem, and viewers', async () => {
    const { registry } = await h.open();
    const bad = kpi('k', { thresholds: { redFlag: 50, goal: 45 } });
    const invalid = await errorOf(registry.put(bad, editor));
    expect(invalid.code).toBe('invalid');
    expect(invalid.path).toBe('spec.thresholds.redFlag');
    expect((await errorOf(registry.put(kpi('k'), viewer))).code).toBe('forbidden');
    expect((await errorOf(registry.get('KPI', 'k'))).code).toBe('not_found');
  });

  it('lets only admins write sql calculations', async () => {
    const { registry } = await h.open();
    const denied = await errorOf(registry.put(kpi('s', { calculation: { sql: { query: 'SELECT 1' } } }), editor));
    expect(denied.code).toBe('forbidden');
    expect(denied.message).toContain('admin');
    expect((await errorOf(registry.get('KPI', 's'))).code).toBe('not_found');
    expect((await registry.put(kpi('s', { calculation: { sql: { query: 'SELECT 1' } } }), admin)).created).toBe(true);
  });

  it('diffs two versions field by field and reports missing ones', async () => {
    const { registry } = await h.open();
    await registry.put(kpi('k'), editor);
    await registry.put(kpi('k', { thresholds: { redFlag: 20, goal: 50 }, assumptions: 'weekly' }), editor);
    expect(await registry.diff('KPI', 'k', 1, 2)).toEqual([
      { path: 'spec.assumptions', op: 'added', to: 'weekly' },
      { path: 'spec.thresholds.goal', op: 'changed', from: 45, to: 50 },
    ]);
    expect((await errorOf(registry.diff('KPI', 'k', 1, 3))).code).toBe('not_found');
  });

  it('lists resources of a kind with their latest and approved versions', async () => {
    const { registry } = await h.open();
    await registry.put(kpi('b'), editor);
    await registry.put(kpi('a'), editor);
    await registry.put(kpi('a', { target: 1 }), editor);
    expect(await registry.list('KPI')).toEqual([
      { kind: 'KPI', id: 'a', latestVersion: 2, approvedVersion: null, retired: false },
      { kind: 'KPI', id: 'b', latestVersion: 1, approvedVersion: null, retired: false },
    ]);
    expect(await registry.list('Scorecard')).toEqual([]);
  });

  it('keeps versions when the store is reopened', async () => {
    const { registry, place, store } = await h.open();
    await registry.put(kpi('k'), editor);
    await registry.put(kpi('k', { target: 2 }), editor);
    await store.close();
    const reopened = await h.attach(place);
    expect((await reopened.versions('KPI', 'k')).map((v) => v.version)).toEqual([1, 2]);
  });
}
