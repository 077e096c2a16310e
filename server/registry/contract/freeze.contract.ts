import { admin, approver, editor, errorOf, freezeWindow, kpi } from './fixtures';
import { type Opened, type RegistryHarness } from './harness';

const emea = { labels: { division: 'emea', tier: 'gold' } };

async function withWindow(h: RegistryHarness, spec: Parameters<typeof freezeWindow>[1] = {}): Promise<Opened> {
  const opened = await h.open();
  await opened.registry.put(freezeWindow('q-close', spec), editor);
  await opened.registry.approve('FreezeWindow', 'q-close', 1, approver);
  return opened;
}

export function freezeContract(h: RegistryHarness): void {
  it('refuses an approval that would take effect inside a covering window, with its reason', async () => {
    const { registry, clock } = await withWindow(h);
    await registry.put(kpi('k', {}, emea), editor);
    clock.set('2026-03-30T12:00:00.000Z');
    const frozen = await errorOf(registry.approve('KPI', 'k', 1, approver));
    expect(frozen.code).toBe('frozen');
    expect(frozen.message).toBe('q-close: quarter close');
    expect((await registry.get('KPI', 'k')).state).toBe('proposed');
  });

  it('covers KPIs named in scope.kpis or matching every selector label, during [from, to)', async () => {
    const { registry, clock } = await withWindow(h, {
      scope: { kpis: ['listed'], labels: { division: 'emea', tier: 'gold' } },
    });
    await registry.put(kpi('listed'), editor);
    await registry.put(kpi('half-match', {}, { labels: { division: 'emea' } }), editor);
    await registry.put(kpi('later', {}, { ...emea, effectiveFrom: '2026-04-05T00:00:00Z' }), editor);
    clock.set('2026-03-30T12:00:00.000Z');
    expect((await errorOf(registry.approve('KPI', 'listed', 1, approver))).code).toBe('frozen');
    for (const id of ['half-match', 'later']) {
      expect((await registry.approve('KPI', id, 1, approver)).state).toBe('approved');
    }
  });

  it('refuses a version approved inside the window but back-dated before it, not one approved before or after', async () => {
    const { registry, clock } = await withWindow(h);
    const backDated = { ...emea, effectiveFrom: '2026-03-24T23:59:59Z' };
    await registry.put(kpi('before', {}, backDated), editor);
    await registry.put(kpi('inside', {}, backDated), editor);
    expect((await registry.approve('KPI', 'before', 1, approver)).state).toBe('approved');
    clock.set('2026-03-30T12:00:00.000Z');
    const frozen = await errorOf(registry.approve('KPI', 'inside', 1, approver));
    expect([frozen.code, frozen.message]).toEqual(['frozen', 'q-close: quarter close']);
    clock.set('2026-04-05T00:00:00.000Z');
    expect((await registry.approve('KPI', 'inside', 1, approver)).effectiveFrom).toBe('2026-03-24T23:59:59.000Z');
  });

  it('freezes from a declared effective time inside the window even when approved outside it', async () => {
    const { registry } = await withWindow(h);
    await registry.put(kpi('k', {}, { ...emea, effectiveFrom: '2026-03-26T00:00:00Z' }), editor);
    expect((await errorOf(registry.approve('KPI', 'k', 1, approver))).code).toBe('frozen');
  });

  it('lets only an admin override, with a reason that is audited', async () => {
    const { registry, clock } = await withWindow(h);
    await registry.put(kpi('k', {}, emea), editor);
    clock.set('2026-03-30T12:00:00.000Z');
    const override = { reason: 'regulator deadline' };
    expect((await errorOf(registry.approve('KPI', 'k', 1, approver, { overrideFreeze: override }))).code).toBe(
      'forbidden'
    );
    const approved = await registry.approve('KPI', 'k', 1, admin, { overrideFreeze: override });
    expect(approved.state).toBe('approved');
    const entries = await registry.audit();
    expect(entries.map((e) => e.action).slice(-2)).toEqual(['freeze-override', 'approve']);
    expect(entries[entries.length - 2]).toMatchObject({
      actor: 'root',
      kind: 'KPI',
      id: 'k',
      version: 1,
      detail: { windows: ['q-close'], reason: 'regulator deadline' },
    });
    expect((await registry.verifyAudit()).ok).toBe(true);
  });

  it('ignores windows that are only proposed or retired', async () => {
    const { registry, clock } = await h.open();
    await registry.put(freezeWindow('draft'), editor);
    await registry.put(kpi('a', {}, emea), editor);
    clock.set('2026-03-30T12:00:00.000Z');
    expect((await registry.approve('KPI', 'a', 1, approver)).state).toBe('approved');
    await registry.approve('FreezeWindow', 'draft', 1, approver);
    await registry.put(kpi('b', {}, emea), editor);
    expect((await errorOf(registry.approve('KPI', 'b', 1, approver))).code).toBe('frozen');
    await registry.retire('FreezeWindow', 'draft', approver);
    expect((await registry.approve('KPI', 'b', 1, approver)).state).toBe('approved');
  });
}
