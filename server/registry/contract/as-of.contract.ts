import { approver, editor, kpi } from './fixtures';
import { type Opened, type RegistryHarness } from './harness';

/** The target of the version in force at `asOf`, or now with 'effective'. */
async function targetAt({ registry }: Opened, at: string | 'now'): Promise<number | null> {
  const v = await registry.get('KPI', 'k', at === 'now' ? { effective: true } : { asOf: at });
  return v.document.kind === 'KPI' ? v.document.spec.target : null;
}

// v1 approved at A without a declared time; the other version declares 2026-03-02, before A
const A = '2026-03-05T10:00:00.000Z';
const MARCH_2 = '2026-03-02T00:00:00Z';

export function asOfContract(h: RegistryHarness): void {
  it('a later version back-dated before the earlier approval replaces it from its effective time on', async () => {
    const opened = await h.open();
    const { registry, clock } = opened;
    clock.set(A);
    await registry.apply([kpi('k', { target: 1 })], approver, { approve: true });
    clock.set('2026-03-06T08:00:00.000Z');
    await registry.apply([kpi('k', { target: 2 }, { effectiveFrom: MARCH_2 })], approver, { approve: true });
    expect(await targetAt(opened, 'now')).toBe(2);
    expect(await targetAt(opened, '2026-03-01T00:00:00Z')).toBe(1);
    expect(await targetAt(opened, '2026-03-01T23:59:59.999Z')).toBe(1);
    expect(await targetAt(opened, '2026-03-02T00:00:00Z')).toBe(2);
    expect(await targetAt(opened, A)).toBe(2);
    expect(await targetAt(opened, '2026-03-05T11:00:00Z')).toBe(2);
  });

  it('in the other order, the back-dated first version gives way at the later approval', async () => {
    const opened = await h.open();
    const { registry, clock } = opened;
    await registry.put(kpi('k', { target: 1 }, { effectiveFrom: MARCH_2 }), editor);
    await registry.approve('KPI', 'k', 1, approver);
    await registry.put(kpi('k', { target: 2 }), editor);
    clock.set(A);
    await registry.approve('KPI', 'k', 2, approver);
    expect(await targetAt(opened, '2026-03-01T00:00:00Z')).toBe(1);
    expect(await targetAt(opened, '2026-03-03T00:00:00Z')).toBe(1);
    expect(await targetAt(opened, '2026-03-05T09:59:59.999Z')).toBe(1);
    expect(await targetAt(opened, A)).toBe(2);
    expect(await targetAt(opened, 'now')).toBe(2);
  });

  it('keeps a future-dated version out of force until its time', async () => {
    const opened = await h.open();
    const { registry, clock } = opened;
    await registry.apply([kpi('k', { target: 1 })], approver, { approve: true });
    await registry.put(kpi('k', { target: 2 }, { effectiveFrom: '2026-07-01T00:00:00Z' }), editor);
    await registry.approve('KPI', 'k', 2, approver);
    expect(await targetAt(opened, 'now')).toBe(1);
    expect(await targetAt(opened, '2026-06-30T23:59:59.999Z')).toBe(1);
    expect(await targetAt(opened, '2026-07-01T00:00:00Z')).toBe(2);
    clock.set('2026-07-02T00:00:00.000Z');
    expect(await targetAt(opened, 'now')).toBe(2);
  });

  it('in the other order, a future-dated first version is overtaken by a later one approved now', async () => {
    const opened = await h.open();
    const { registry, clock } = opened;
    await registry.put(kpi('k', { target: 1 }, { effectiveFrom: '2026-07-01T00:00:00Z' }), editor);
    await registry.approve('KPI', 'k', 1, approver);
    await registry.put(kpi('k', { target: 2 }), editor);
    clock.set(A);
    await registry.approve('KPI', 'k', 2, approver);
    expect(await targetAt(opened, '2026-01-01T00:00:00Z')).toBe(1);
    expect(await targetAt(opened, 'now')).toBe(2);
    expect(await targetAt(opened, '2026-07-01T00:00:00Z')).toBe(2);
    expect(await targetAt(opened, '2027-01-01T00:00:00Z')).toBe(2);
  });
}
