import { type ResourceDocument } from '../../../core/schema';
import {
  admin,
  approver,
  ciService,
  editor,
  errorOf,
  expressionKpi,
  freezeWindow,
  ids,
  kpi,
  scorecard,
  sqlKpi,
} from './fixtures';
import { type RegistryHarness } from './harness';

const bundle = (): ResourceDocument[] => [
  kpi('customer.nps'),
  kpi('customer.csat', { target: 80, thresholds: { redFlag: 60, goal: 80 } }),
  expressionKpi('customer.index', { n: 'customer.nps', c: 'customer.csat' }),
  scorecard('corporate', ['customer.nps', 'customer.index']),
];

export function applyContract(h: RegistryHarness): void {
  it('plans creates on an empty registry without writing anything', async () => {
    const { registry } = await h.open();
    const plan = await registry.plan(bundle());
    expect(plan.map((p) => [p.kind, p.id, p.action, p.fromVersion])).toEqual([
      ['KPI', 'customer.nps', 'create', null],
      ['KPI', 'customer.csat', 'create', null],
      ['KPI', 'customer.index', 'create', null],
      ['Scorecard', 'corporate', 'create', null],
    ]);
    expect(await registry.list('KPI')).toEqual([]);
    expect(await registry.audit()).toEqual([]);
  });

  it('applies with approve, then export → apply changes nothing and writes nothing', async () => {
    const { registry } = await h.open();
    const result = await registry.apply(bundle(), approver, { message: 'PR #12', approve: true });
    expect(result.versions.map((v) => [v.id, v.version, v.state, v.approver, v.message])).toEqual([
      ['customer.nps', 1, 'approved', 'avery', 'PR #12'],
      ['customer.csat', 1, 'approved', 'avery', 'PR #12'],
      ['customer.index', 1, 'approved', 'avery', 'PR #12'],
      ['corporate', 1, 'approved', 'avery', 'PR #12'],
    ]);
    const exported = await registry.export();
    expect(ids(exported)).toEqual([
      'KPI/customer.csat',
      'KPI/customer.index',
      'KPI/customer.nps',
      'Scorecard/corporate',
    ]);
    const auditBefore = (await registry.audit({ limit: 1000 })).length;
    const again = await registry.apply(exported, approver, { approve: true, prune: true });
    expect(again.plan.map((p) => p.action)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(again.versions).toEqual([]);
    expect((await registry.audit({ limit: 1000 })).length).toBe(auditBefore);
    expect((await registry.versions('KPI', 'customer.nps')).length).toBe(1);
  });

  it('plans an update with field changes from the latest version', async () => {
    const { registry } = await h.open();
    await registry.apply(bundle(), approver, { approve: true });
    const next = bundle().map((d) =>
      d.metadata.id === 'customer.nps' ? kpi('customer.nps', { thresholds: { redFlag: 25, goal: 45 } }) : d
    );
    const plan = await registry.plan(next);
    expect(plan.find((p) => p.id === 'customer.nps')).toEqual({
      kind: 'KPI',
      id: 'customer.nps',
      action: 'update',
      fromVersion: 1,
      changes: [{ path: 'spec.thresholds.redFlag', op: 'changed', from: 20, to: 25 }],
    });
    expect(plan.filter((p) => p.action === 'unchanged')).toHaveLength(3);
    const applied = await registry.apply(next, editor);
    expect(applied.versions.map((v) => [v.id, v.version, v.parent, v.state])).toEqual([
      ['customer.nps', 2, 1, 'proposed'],
    ]);
  });

  it('with prune, retires resources of the bundle’s kinds that it no longer holds', async () => {
    const { registry } = await h.open();
    await registry.apply(bundle(), approver, { approve: true });
    const kpisOnly = bundle().filter((d) => d.kind === 'KPI' && d.metadata.id !== 'customer.csat');
    const plan = await registry.plan(kpisOnly, { prune: true });
    expect(plan.filter((p) => p.action === 'retire').map((p) => [p.kind, p.id, p.fromVersion])).toEqual([
      ['KPI', 'customer.csat', 1],
    ]);
    expect((await errorOf(registry.apply(kpisOnly, editor, { prune: true }))).code).toBe('forbidden');
    await registry.apply(kpisOnly, approver, { prune: true });
    expect((await registry.list('KPI')).map((s) => s.id)).toEqual(['customer.index', 'customer.nps']);
    expect((await registry.list('Scorecard')).map((s) => s.id)).toEqual(['corporate']);
  });

  it('writes nothing when the last document fails inside the transaction', async () => {
    const { registry, clock } = await h.open();
    await registry.apply([kpi('customer.csat'), freezeWindow('q-close', { scope: { kpis: ['late.kpi'] } })], approver, {
      approve: true,
    });
    clock.set('2026-03-30T12:00:00.000Z');
    const auditBefore = await registry.audit({ limit: 1000 });
    const docs = [kpi('customer.nps'), kpi('customer.csat', { target: 99 }), kpi('late.kpi')];
    expect((await registry.plan(docs)).map((p) => p.action)).toEqual(['create', 'update', 'create']);
    const failed = await errorOf(registry.apply(docs, approver, { approve: true, message: 'doomed' }));
    expect(failed.code).toBe('frozen');
    expect(failed.message).toBe('q-close: quarter close');
    expect((await errorOf(registry.get('KPI', 'customer.nps'))).code).toBe('not_found');
    expect((await errorOf(registry.get('KPI', 'late.kpi'))).code).toBe('not_found');
    expect((await registry.versions('KPI', 'customer.csat')).map((v) => v.version)).toEqual([1]);
    expect(await registry.audit({ limit: 1000 })).toEqual(auditBefore);
    expect((await registry.verifyAudit()).ok).toBe(true);
    const forced = await registry.apply(docs, admin, { approve: true, overrideFreeze: { reason: 'audit fix' } });
    expect(forced.versions.map((v) => v.id)).toEqual(['customer.nps', 'customer.csat', 'late.kpi']);
  });

  it('checks roles and the bundle before writing', async () => {
    const { registry } = await h.open();
    expect((await errorOf(registry.apply(bundle(), editor, { approve: true }))).code).toBe('forbidden');
    expect((await errorOf(registry.apply([kpi('a'), sqlKpi('s')], editor))).code).toBe('forbidden');
    const twice = await errorOf(registry.apply([kpi('a'), kpi('a', { target: 1 })], editor));
    expect(twice.code).toBe('invalid');
    expect(twice.message).toContain('KPI a twice');
    expect(await registry.list('KPI')).toEqual([]);
    expect((await registry.apply([sqlKpi('s')], admin)).versions).toHaveLength(1);
  });

  it('never approves its own four-eyes change: apply --approve refuses it and writes nothing', async () => {
    const { registry } = await h.open();
    const docs = [kpi('plain'), kpi('k', { governance: { fourEyes: true } })];
    const own = await errorOf(registry.apply(docs, approver, { approve: true }));
    expect(own.code).toBe('forbidden');
    expect(own.message).toContain('four-eyes: KPI k needs an approver other than its author avery');
    expect(await registry.list('KPI')).toEqual([]);
    const service = await errorOf(registry.apply(docs, ciService, { approve: true }));
    expect(service.code).toBe('forbidden');
    expect((await registry.apply([kpi('plain')], approver, { approve: true })).versions[0]?.approver).toBe('avery');
  });

  it('records the reviewer --approved-by names, only from a service, never the author, and audits it', async () => {
    const { registry } = await h.open();
    const docs = [kpi('k', { governance: { fourEyes: true } })];
    const person = await errorOf(registry.apply(docs, approver, { approve: true, approvedBy: 'blake' }));
    expect(person).toMatchObject({ code: 'forbidden', message: expect.stringContaining('only from a service token') });
    const self = await errorOf(registry.apply(docs, ciService, { approve: true, approvedBy: 'CI-Bot' }));
    expect(self).toMatchObject({ code: 'forbidden', message: expect.stringContaining('four-eyes') });
    expect((await errorOf(registry.apply(docs, ciService, { approvedBy: 'blake' }))).code).toBe('invalid');
    expect((await errorOf(registry.apply(docs, ciService, { approve: true, approvedBy: 'b\u202elake' }))).code).toBe(
      'invalid'
    );
    expect(await registry.list('KPI')).toEqual([]);
    const result = await registry.apply(docs, ciService, { approve: true, approvedBy: 'blake', message: 'PR #7' });
    expect(result.versions[0]).toMatchObject({ state: 'approved', author: 'ci-bot', approver: 'blake' });
    const entry = (await registry.audit()).find((e) => e.action === 'approve');
    expect(entry).toMatchObject({ actor: 'ci-bot', detail: { review: 'pull-request', approvedBy: 'blake' } });
  });

  it('exports the approved document while a proposal is pending, and applying it back changes nothing', async () => {
    const { registry } = await h.open();
    await registry.apply([kpi('k')], approver, { approve: true });
    await registry.put(kpi('k', { target: 70 }), editor);
    await registry.put(kpi('draft'), editor);
    const exported = await registry.export();
    expect(exported).toEqual([kpi('draft'), kpi('k')]);
    const again = await registry.apply(exported, approver, { approve: true });
    expect(again.plan.map((p) => [p.id, p.action, p.fromVersion])).toEqual([
      ['draft', 'unchanged', 1],
      ['k', 'unchanged', 1],
    ]);
    expect(again.versions).toEqual([]);
    expect((await registry.get('KPI', 'k')).state).toBe('proposed');
  });

  it('draws lineage from inputs, source columns, objectives and journey stages', async () => {
    const { registry } = await h.open();
    await registry.apply([...bundle(), kpi('unrelated', { calculation: { manual: {} } })], approver, { approve: true });
    const graph = await registry.lineage('customer.csat');
    // nps is index's other input, a sibling of csat: not part of csat's lineage
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'kpi:customer.csat',
      'kpi:customer.index',
      'objective:corporate/delight',
      'scorecard:corporate',
      'source-column:interactions.event',
      'source-column:interactions.value',
    ]);
    expect(graph.edges).toContainEqual({
      id: 'kpi:customer.csat->kpi:customer.index',
      source: 'kpi:customer.csat',
      target: 'kpi:customer.index',
      kind: 'input',
    });
    expect((await registry.lineage()).nodes.map((n) => n.id)).toContain('kpi:unrelated');
    expect((await errorOf(registry.lineage('nope'))).code).toBe('not_found');
  });
}
