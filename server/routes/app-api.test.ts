import { catalog, duplicates, proposals } from '../../core/app-api';
import { type KpiDocument } from '../../core/schema';
import { useApiOn } from '../test-support/api';
import { kpiDoc, scorecardDoc } from '../test-support/documents';
import { STORE_PLACES } from '../test-support/places';
import { sourceDoc } from '../values/measure/test-events';

const fourEyes = (doc: KpiDocument): KpiDocument => ({ ...doc, spec: { ...doc.spec, governance: { fourEyes: true } } });

describe.each(STORE_PLACES)('catalog and proposals on %s', (_kind, newPlace) => {
  const ctx = useApiOn(newPlace);
  const call = (...args: Parameters<typeof ctx.api.call>) => ctx.api.call(...args);

  beforeAll(async () => {
    const apply = async (documents: unknown[], approve: boolean) =>
      expect((await call('POST', '/api/v1/apply', { body: { documents, approve } })).statusCode).toBe(200);
    await apply([kpiDoc('k.b'), kpiDoc('k.gone')], true);
    // four-eyes: the admin proposes, the approver approves
    await apply([fourEyes(kpiDoc('k.a'))], false);
    const approve = await call('POST', '/api/v1/kpis/k.a/versions/1/approve', { as: 'approver', body: {} });
    expect(approve.statusCode).toBe(200);
    await apply([scorecardDoc('card', ['k.a'])], true);
    await apply([scorecardDoc('draft-card', ['k.b'])], false);
    await apply(
      [kpiDoc('k.a', { target: 95, governance: { fourEyes: true } }), kpiDoc('k.new', { unit: 'count' })],
      false
    );
    expect((await call('POST', '/api/v1/kpis/k.gone/retire', { body: {} })).statusCode).toBe(200);
  });

  it('lists current KPIs with the definition in force, state and the approved scorecards naming them', async () => {
    const res = await call('GET', '/api/v1/catalog', { as: 'viewer' });
    expect(res.statusCode).toBe(200);
    const { kpis } = catalog.parse(res.json());
    const rows = kpis.map((k) => [
      k.id,
      k.state,
      k.version,
      k.latestVersion,
      k.approvedVersion,
      k.target,
      k.scorecards,
    ]);
    expect(rows).toEqual([
      // v2 (target 95) awaits approval: the catalog shows v1's target 90
      ['k.a', 'proposed', 1, 2, 1, 90, ['card']],
      // draft-card is not approved, so it does not count
      ['k.b', 'approved', 1, 1, 1, 90, []],
      ['k.new', 'draft', 1, 1, null, 90, []],
    ]);
    expect(kpis[0]).toMatchObject({
      fourEyes: true,
      period: 'month',
      calculation: 'manual',
      labels: {},
      description: null,
    });
    expect(kpis[1]?.fourEyes).toBe(false);
  });

  it('adds retired KPIs with includeRetired=true', async () => {
    const res = await call('GET', '/api/v1/catalog?includeRetired=true', { as: 'viewer' });
    const { kpis } = catalog.parse(res.json());
    expect(kpis.map((k) => [k.id, k.state, k.version])).toContainEqual(['k.gone', 'retired', 1]);
    expect(kpis).toHaveLength(4);
  });

  it('lists every proposed version newest first with its changes against the approved one', async () => {
    const res = await call('GET', '/api/v1/proposals', { as: 'viewer' });
    expect(res.statusCode).toBe(200);
    const list = proposals.parse(res.json()).proposals;
    // the second apply came after the draft scorecard's
    expect(list.map((p) => [p.kind, p.id, p.version, p.against])).toEqual([
      ['KPI', 'k.a', 2, 1],
      ['KPI', 'k.new', 1, null],
      ['Scorecard', 'draft-card', 1, null],
    ]);
    const [a, added] = list;
    expect(a).toMatchObject({ name: 'KPI k.a', author: 'admin', fourEyes: true, superseded: false });
    expect(a?.changes).toEqual([{ path: 'spec.target', op: 'changed', from: 90, to: 95 }]);
    // a new resource's changes are against an empty document
    expect(added?.changes.map((c) => [c.path, c.op])).toEqual([
      ['apiVersion', 'added'],
      ['kind', 'added'],
      ['metadata', 'added'],
      ['spec', 'added'],
    ]);
  });

  it('needs a token, and a bad query says where', async () => {
    expect((await call('GET', '/api/v1/catalog', { as: 'none' })).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/proposals', { as: 'none' })).statusCode).toBe(401);
    const bad = await call('GET', '/api/v1/catalog?includeRetired=yes', { as: 'viewer' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('includeRetired');
  });
});

// Mid-month check-ins in the last 8 complete UTC months, oldest first.
const now = new Date();
const months = [8, 7, 6, 5, 4, 3, 2, 1].map((back) => Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 15));
const checkIns = (values: number[]) => ({ values: values.map((value, i) => ({ time: months[i] ?? 0, value })) });
const count = (event: string[]): KpiDocument['spec']['calculation'] => ({
  measure: { source: 'own', aggregate: 'count', filter: { event } },
});

describe.each(STORE_PLACES)('possible duplicates on %s', (_kind, newPlace) => {
  const ctx = useApiOn(newPlace, { values: { timeZone: 'UTC' } });
  const call = (...args: Parameters<typeof ctx.api.call>) => ctx.api.call(...args);

  beforeAll(async () => {
    const documents = [
      sourceDoc('own'),
      ...['k.a', 'k.b', 'k.c'].map((id) => kpiDoc(id)),
      kpiDoc('k.q', { period: 'quarter' }),
      kpiDoc('m.one', { calculation: count(['won', 'lost']) }),
      kpiDoc('m.two', { calculation: count(['lost', 'won']) }),
    ];
    expect((await call('POST', '/api/v1/apply', { body: { documents, approve: true } })).statusCode).toBe(200);
    const values: Record<string, number[]> = {
      'k.a': [1, 2, 3, 4, 5, 6, 7, 8],
      'k.b': [3, 5, 7, 9, 11, 13, 15, 17], // 2a + 1
      'k.c': [5, 1, 4, 2, 8, 3, 7, 6],
      'k.q': [10, 20, 30, 40, 50, 60, 70, 80], // compared with the monthly ones on months
    };
    for (const [id, list] of Object.entries(values)) {
      const res = await call('POST', `/api/v1/kpis/${id}/values`, { body: checkIns(list) });
      expect(res.statusCode).toBeLessThan(300);
    }
  });

  it('pairs the same calculation, then values that correlate over the common periods', async () => {
    const res = await call('GET', '/api/v1/kpis/duplicates', { as: 'viewer' });
    expect(res.statusCode).toBe(200);
    const body = duplicates.parse(res.json());
    expect(body).toMatchObject({ threshold: 0.95, periods: 12 });
    // k.c against k.a: Σdxdy = 19.75, Σdx² = Σdy² = 42 → r = 0.47, below 0.95
    expect(body.pairs.map((p) => [p.a, p.b, p.reason, p.periods])).toEqual([
      ['m.one', 'm.two', 'same-calculation', 0],
      ['k.a', 'k.b', 'correlated', 8],
      ['k.a', 'k.q', 'correlated', 8],
      ['k.b', 'k.q', 'correlated', 8],
    ]);
    // no events: no values, so r is not known
    expect(body.pairs[0]?.correlation).toBeNull();
    body.pairs.slice(1).forEach((p) => expect(p.correlation).toBeCloseTo(1, 9));
  });

  it('takes a lower threshold, and refuses fewer periods than six', async () => {
    const low = duplicates.parse((await call('GET', '/api/v1/kpis/duplicates?threshold=0.4', { as: 'viewer' })).json());
    expect(low.pairs.map((p) => `${p.a}~${p.b}`)).toContain('k.a~k.c');
    const bad = await call('GET', '/api/v1/kpis/duplicates?periods=3', { as: 'viewer' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('periods');
  });
});
