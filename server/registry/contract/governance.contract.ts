import { admin, approver, editor, errorOf, kpi, otherApprover } from './fixtures';
import { type RegistryHarness } from './harness';

export function governanceContract(h: RegistryHarness): void {
  it('approves with the approver role, recording approver, decision time and effective time', async () => {
    const { registry, clock } = await h.open();
    await registry.put(kpi('k'), editor);
    expect((await errorOf(registry.approve('KPI', 'k', 1, editor))).code).toBe('forbidden');
    clock.set('2026-03-02T10:00:00.000Z');
    const approved = await registry.approve('KPI', 'k', 1, approver);
    expect(approved).toMatchObject({
      state: 'approved',
      approver: 'avery',
      decidedAt: clock.iso(),
      effectiveFrom: clock.iso(),
    });
    expect(await registry.get('KPI', 'k')).toEqual(approved);
    expect(await registry.list('KPI')).toEqual([
      { kind: 'KPI', id: 'k', latestVersion: 1, approvedVersion: 1, retired: false },
    ]);
    expect((await errorOf(registry.approve('KPI', 'k', 1, approver))).code).toBe('conflict');
    expect((await errorOf(registry.approve('KPI', 'k', 9, approver))).code).toBe('not_found');
  });

  it('with four-eyes, refuses the author as approver and accepts someone else', async () => {
    const { registry } = await h.open();
    await registry.put(kpi('k', { governance: { fourEyes: true } }), approver);
    const self = await errorOf(registry.approve('KPI', 'k', 1, approver));
    expect(self.code).toBe('forbidden');
    expect(self.message).toContain('four-eyes');
    expect((await registry.get('KPI', 'k')).state).toBe('proposed');
    expect((await registry.approve('KPI', 'k', 1, otherApprover)).approver).toBe('blake');
  });

  it('with four-eyes, compares identities case-insensitively: Carol cannot approve what carol proposed', async () => {
    const { registry } = await h.open();
    await registry.put(kpi('k', { governance: { fourEyes: true } }), { name: 'carol', role: 'editor' });
    for (const name of ['Carol', 'CAROL', 'ｃａｒｏｌ']) {
      const self = await errorOf(registry.approve('KPI', 'k', 1, { name, role: 'approver' }));
      expect(self).toMatchObject({ code: 'forbidden', message: expect.stringContaining('its author carol') });
    }
    expect((await registry.get('KPI', 'k')).state).toBe('proposed');
    expect((await registry.approve('KPI', 'k', 1, { name: 'Caroline', role: 'approver' })).approver).toBe('Caroline');
  });

  it('treats a put of the approved document as unchanged while a proposal is pending, and creates the proposal again', async () => {
    const { registry } = await h.open();
    await registry.put(kpi('k'), editor);
    const approved = await registry.approve('KPI', 'k', 1, approver);
    await registry.put(kpi('k', { target: 70 }), editor);
    expect(await registry.put(kpi('k'), editor)).toEqual({ created: false, version: approved });
    expect((await registry.put(kpi('k', { target: 70 }), editor)).created).toBe(false);
    await registry.reject('KPI', 'k', 2, approver);
    const again = await registry.put(kpi('k', { target: 70 }), editor);
    expect(again.version).toMatchObject({ version: 3, parent: 2, state: 'proposed' });
  });

  it('approves only the newest pending proposal: an older one answers conflict naming it, and may be rejected', async () => {
    const { registry } = await h.open();
    await registry.put(kpi('k'), editor);
    await registry.approve('KPI', 'k', 1, approver);
    await registry.put(kpi('k', { target: 50 }), editor);
    await registry.put(kpi('k', { target: 55 }), editor);
    await registry.put(kpi('k', { target: 60 }), editor);
    const stale = await errorOf(registry.approve('KPI', 'k', 2, approver));
    expect(stale.code).toBe('conflict');
    expect(stale.message).toBe(
      'version 4 of KPI k is a newer proposal: only the newest pending proposal can be approved ' +
        '(approve version 4, or reject it first)'
    );
    expect((await registry.get('KPI', 'k', { version: 2 })).state).toBe('proposed');
    expect((await registry.reject('KPI', 'k', 3, approver)).state).toBe('rejected');
    await registry.reject('KPI', 'k', 4, approver);
    expect((await registry.approve('KPI', 'k', 2, approver)).state).toBe('approved');
    expect((await registry.get('KPI', 'k', { effective: true })).version).toBe(2);
  });

  it('without four-eyes, lets the author approve', async () => {
    const { registry } = await h.open();
    await registry.put(kpi('k'), approver);
    expect((await registry.approve('KPI', 'k', 1, approver)).state).toBe('approved');
  });

  it('rejects a proposal, which can then not be approved, and keeps the approved one in force', async () => {
    const { registry } = await h.open();
    await registry.put(kpi('k'), editor);
    await registry.approve('KPI', 'k', 1, approver);
    await registry.put(kpi('k', { target: 99 }), editor);
    expect((await errorOf(registry.reject('KPI', 'k', 2, editor))).code).toBe('forbidden');
    const rejected = await registry.reject('KPI', 'k', 2, approver, { reason: 'no evidence' });
    expect(rejected).toMatchObject({ version: 2, state: 'rejected', approver: 'avery', effectiveFrom: null });
    expect((await errorOf(registry.approve('KPI', 'k', 2, approver))).code).toBe('conflict');
    expect((await registry.get('KPI', 'k', { effective: true })).version).toBe(1);
    expect((await registry.audit()).map((e) => e.action)).toEqual(['create', 'approve', 'update', 'reject']);
  });

  it('takes effect at metadata.effectiveFrom, past or future, else at approval; the first version covers earlier time', async () => {
    const { registry, clock } = await h.open();
    await registry.put(kpi('k', { target: 1 }, { effectiveFrom: '2024-01-01' }), editor);
    const v1 = await registry.approve('KPI', 'k', 1, approver);
    expect(v1.effectiveFrom).toBe('2024-01-01T00:00:00.000Z');
    await registry.put(kpi('k', { target: 2 }), editor);
    clock.set('2026-04-01T12:00:00.000Z');
    expect((await registry.approve('KPI', 'k', 2, approver)).effectiveFrom).toBe('2026-04-01T12:00:00.000Z');
    await registry.put(kpi('k', { target: 3 }, { effectiveFrom: '2027-01-01T00:00:00Z' }), editor);
    clock.set('2026-05-01T00:00:00.000Z');
    await registry.approve('KPI', 'k', 3, approver);
    const targetAt = async (asOf: string) => {
      const v = await registry.get('KPI', 'k', { asOf });
      return v.document.kind === 'KPI' ? v.document.spec.target : null;
    };
    expect(await targetAt('2019-06-01T00:00:00Z')).toBe(1);
    expect(await targetAt('2025-06-01T00:00:00Z')).toBe(1);
    expect(await targetAt('2026-04-01T11:59:59.999Z')).toBe(1);
    expect(await targetAt('2026-04-01T12:00:00.000Z')).toBe(2);
    expect(await targetAt('2026-12-31T23:59:59Z')).toBe(2);
    expect(await targetAt('2027-01-01T00:00:00Z')).toBe(3);
    expect((await registry.get('KPI', 'k', { effective: true })).version).toBe(2);
    expect((await registry.get('KPI', 'k')).version).toBe(3);
  });

  it('has no version in force before any approval, and refuses approving behind a later approval', async () => {
    const { registry } = await h.open();
    await registry.put(kpi('k'), editor);
    await registry.put(kpi('k', { target: 2 }), editor);
    expect((await errorOf(registry.get('KPI', 'k', { asOf: '2026-01-01T00:00:00Z' }))).code).toBe('not_found');
    await registry.approve('KPI', 'k', 2, approver);
    expect((await errorOf(registry.approve('KPI', 'k', 1, approver))).message).toContain(
      'version 2 of KPI k is already approved'
    );
    expect((await errorOf(registry.get('KPI', 'k', { asOf: 'yesterday' }))).code).toBe('invalid');
  });

  it('retires (approver and up), hides the resource, and revives it with the next put', async () => {
    const { registry } = await h.open();
    await registry.put(kpi('k'), editor);
    await registry.approve('KPI', 'k', 1, approver);
    await registry.put(kpi('k', { target: 5 }), editor);
    expect((await errorOf(registry.retire('KPI', 'k', editor))).code).toBe('forbidden');
    const summary = await registry.retire('KPI', 'k', approver, { reason: 'replaced' });
    expect(summary).toEqual({ kind: 'KPI', id: 'k', latestVersion: 2, approvedVersion: null, retired: true });
    expect((await registry.versions('KPI', 'k')).map((v) => v.state)).toEqual(['retired', 'proposed']);
    expect(await registry.list('KPI')).toEqual([]);
    expect(await registry.list('KPI', { includeRetired: true })).toEqual([summary]);
    expect(await registry.export()).toEqual([]);
    expect((await errorOf(registry.approve('KPI', 'k', 2, approver))).message).toContain('retired');
    expect((await registry.get('KPI', 'k', { asOf: '2030-01-01T00:00:00Z' })).version).toBe(1);
    const retireEntry = (await registry.audit()).find((e) => e.action === 'retire');
    expect(retireEntry).toMatchObject({ actor: 'avery', kind: 'KPI', id: 'k', detail: { reason: 'replaced' } });

    const revived = await registry.put(kpi('k', { target: 5 }), editor);
    expect(revived.created).toBe(true);
    expect(revived.version).toMatchObject({ version: 3, parent: 2, state: 'proposed' });
    expect(await registry.list('KPI')).toEqual([
      { kind: 'KPI', id: 'k', latestVersion: 3, approvedVersion: null, retired: false },
    ]);
    await registry.approve('KPI', 'k', 3, admin);
    expect((await registry.export()).map((d) => d.metadata.id)).toEqual(['k']);
  });
}
