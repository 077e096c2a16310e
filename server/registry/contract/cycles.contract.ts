import { admin, approver, editor, errorOf, expressionKpi, kpi } from './fixtures';
import { type RegistryHarness } from './harness';

export function cyclesContract(h: RegistryHarness): void {
  it('refuses a PUT whose inputs close a cycle with the latest versions, naming it, and writes nothing', async () => {
    const { registry } = await h.open();
    await registry.put(kpi('a'), editor);
    await registry.put(expressionKpi('b', { x: 'a' }), editor);
    await registry.put(expressionKpi('c', { y: 'b' }), editor);
    const err = await errorOf(registry.put(expressionKpi('a', { z: 'c' }), editor));
    expect(err).toMatchObject({
      code: 'invalid',
      message: 'KPI a: expression inputs form a cycle with the latest versions: a → c → b → a',
      path: 'spec.calculation.expression.inputs.z',
    });
    expect(await registry.versions('KPI', 'a')).toHaveLength(1);
    const self = await errorOf(registry.put(expressionKpi('d', { me: 'd' }), editor));
    expect(self.message).toContain('d → d');
    // the same through apply, which writes each document with the same check
    const applied = await errorOf(registry.apply([expressionKpi('a', { z: 'c' })], approver, { approve: true }));
    expect(applied.message).toContain('a → c → b → a');
    expect((await registry.get('KPI', 'a')).version).toBe(1);
  });

  it('reads a bundle as a whole: apply may turn a dependency around in any document order', async () => {
    const { registry } = await h.open();
    await registry.apply([kpi('a'), expressionKpi('b', { x: 'a' }), expressionKpi('c', { y: 'b' })], approver, {
      approve: true,
    });
    // a now uses c, and b no longer uses a; a comes first in the bundle
    const turned = [expressionKpi('a', { z: 'c' }), kpi('b', { target: 50 })];
    const result = await registry.apply(turned, approver, { approve: true });
    expect(result.versions.map((v) => `${v.id}@${v.version}:${v.state}`)).toEqual(['a@2:approved', 'b@2:approved']);
    const back = await errorOf(registry.apply([expressionKpi('b', { x: 'a' })], approver, { approve: true }));
    expect(back.message).toContain('b → a → c → b');
  });

  it('does not count a pending proposal that apply leaves unchanged as approved', async () => {
    const { registry } = await h.open();
    await registry.apply([kpi('a'), expressionKpi('b', { x: 'a' })], approver, { approve: true });
    await registry.put(kpi('b', { target: 50 }), editor);
    const bundle = [expressionKpi('a', { y: 'b' }), kpi('b', { target: 50 })];
    const err = await errorOf(registry.apply(bundle, approver, { approve: true }));
    expect(err).toMatchObject({ code: 'conflict', message: expect.stringContaining('a → b → a') });
    expect((await registry.apply(bundle, approver)).versions.map((v) => v.id)).toEqual(['a']);
  });

  it('counts neither rejected versions nor retired KPIs', async () => {
    const { registry } = await h.open();
    await registry.put(kpi('a'), editor);
    await registry.put(expressionKpi('b', { x: 'a' }), editor);
    await registry.reject('KPI', 'b', 1, approver);
    expect((await registry.put(expressionKpi('a', { y: 'b' }), editor)).created).toBe(true);
    await registry.put(expressionKpi('c', { y: 'a' }), editor);
    await registry.approve('KPI', 'c', 1, approver);
    await registry.retire('KPI', 'c', approver);
    expect((await registry.put(expressionKpi('b', { x: 'c' }), editor)).created).toBe(true);
  });

  it('refuses to approve a version that would close a cycle among approved versions (409)', async () => {
    const { registry } = await h.open();
    await registry.put(kpi('a'), editor);
    await registry.approve('KPI', 'a', 1, approver);
    await registry.put(expressionKpi('b', { x: 'a' }), editor);
    await registry.approve('KPI', 'b', 1, approver);
    // b's latest version drops a, so a may use b as a proposal; approving it first would close a → b → a
    await registry.put(kpi('b', { target: 50 }), editor);
    await registry.put(expressionKpi('a', { y: 'b' }), editor);
    const err = await errorOf(registry.approve('KPI', 'a', 2, admin));
    expect(err).toMatchObject({
      code: 'conflict',
      message: 'KPI a: approving it would close a cycle of expression inputs among approved versions: a → b → a',
      path: 'spec.calculation.expression.inputs.y',
    });
    expect((await registry.get('KPI', 'a', { effective: true })).version).toBe(1);
    await registry.approve('KPI', 'b', 2, approver);
    expect((await registry.approve('KPI', 'a', 2, approver)).state).toBe('approved');
  });
}
