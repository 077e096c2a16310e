import { useApiOn } from '../../test-support/api';
import { freezeDoc, kpiDoc, scorecardDoc } from '../../test-support/documents';
import { STORE_PLACES } from '../../test-support/places';

describe.each(STORE_PLACES)('registry API on %s', (_kind, newPlace) => {
  const env = useApiOn(newPlace);

  it('creates a version, ignores an unchanged PUT and chains the next version', async () => {
    const first = await env.api.call('PUT', '/api/v1/kpis/q.csat', {
      as: 'editor',
      user: 'ann',
      body: kpiDoc('q.csat'),
    });
    expect(first.statusCode).toBe(201);
    expect(first.headers.etag).toBe('"1.proposed"');
    expect(first.json().version).toMatchObject({ version: 1, parent: null, state: 'proposed', author: 'ann' });
    expect(first.json().version.hash).toMatch(/^[0-9a-f]{64}$/);

    const same = await env.api.call('PUT', '/api/v1/kpis/q.csat', { as: 'editor', body: kpiDoc('q.csat') });
    expect(same.statusCode).toBe(200);
    expect(same.json().created).toBe(false);

    const changed = kpiDoc('q.csat', { target: 92, thresholds: { redFlag: 70, goal: 92 } });
    const second = await env.api.call('PUT', '/api/v1/kpis/q.csat', {
      as: 'editor',
      body: { ...changed, message: 'raise the goal' },
      headers: { 'if-match': '1' },
    });
    expect(second.statusCode).toBe(201);
    expect(second.json().version).toMatchObject({ version: 2, parent: 1, message: 'raise the goal' });

    const stale = await env.api.call('PUT', '/api/v1/kpis/q.csat', {
      as: 'editor',
      body: kpiDoc('q.csat', { target: 95 }),
      headers: { 'if-match': '1' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');

    const diff = await env.api.call('GET', '/api/v1/kpis/q.csat/diff?from=1&to=2', { as: 'viewer' });
    expect(diff.json()).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'spec.target', op: 'changed', from: 90, to: 92 })])
    );
    const versions = await env.api.call('GET', '/api/v1/kpis/q.csat/versions', { as: 'viewer' });
    expect(versions.json().map((v: { version: number }) => v.version)).toEqual([1, 2]);
  });

  it('rejects an invalid document naming the path, and a URL id that differs from metadata.id', async () => {
    const bad = kpiDoc('q.bad', { thresholds: { redFlag: 95, goal: 90 } });
    const res = await env.api.call('PUT', '/api/v1/kpis/q.bad', { as: 'editor', body: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid', path: 'body.spec.thresholds.redFlag' });
    expect(res.json().error.message).toMatch(/red flag \(95\) must lie below the goal \(90\)/);

    const other = await env.api.call('PUT', '/api/v1/kpis/q.other', { as: 'editor', body: kpiDoc('q.bad') });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.path).toBe('body.metadata.id');
  });

  it('enforces roles: 401 without a token, 403 for a viewer writing or an editor approving', async () => {
    expect((await env.api.call('GET', '/api/v1/kpis', { as: 'none' })).statusCode).toBe(401);
    expect((await env.api.call('PUT', '/api/v1/kpis/q.r', { as: 'viewer', body: kpiDoc('q.r') })).statusCode).toBe(403);
    await env.api.call('PUT', '/api/v1/kpis/q.r', { as: 'editor', body: kpiDoc('q.r') });
    expect((await env.api.call('POST', '/api/v1/kpis/q.r/versions/1/approve', { as: 'editor' })).statusCode).toBe(403);
    const sql = kpiDoc('q.sql', { calculation: { sql: { query: 'SELECT 1 AS value' } } });
    expect((await env.api.call('PUT', '/api/v1/kpis/q.sql', { as: 'editor', body: sql })).statusCode).toBe(403);
    expect((await env.api.call('PUT', '/api/v1/kpis/q.sql', { as: 'admin', body: sql })).statusCode).toBe(201);
  });

  it('needs a second person to approve a four-eyes KPI', async () => {
    const doc = kpiDoc('q.nps', { governance: { fourEyes: true } });
    await env.api.call('PUT', '/api/v1/kpis/q.nps', { as: 'approver', user: 'ann', body: doc });
    const self = await env.api.call('POST', '/api/v1/kpis/q.nps/versions/1/approve', { as: 'approver', user: 'ann' });
    expect(self.statusCode).toBe(403);
    expect(self.json().error.message).toMatch(/four-eyes/i);
    const other = await env.api.call('POST', '/api/v1/kpis/q.nps/versions/1/approve', { as: 'approver', user: 'bob' });
    expect(other.statusCode).toBe(200);
    expect(other.json()).toMatchObject({ state: 'approved', approver: 'bob' });
  });

  it('answers 423 with the reason inside a freeze window, and lets an admin override with an audited reason', async () => {
    await env.api.call('PUT', '/api/v1/kpis/q.frozen', { as: 'editor', body: kpiDoc('q.frozen') });
    const now = Date.now();
    const window = freezeDoc(
      'q.close',
      { kpis: ['q.frozen'] },
      new Date(now - 3_600_000).toISOString(),
      new Date(now + 3_600_000).toISOString()
    );
    const applied = await env.api.call('POST', '/api/v1/apply', {
      as: 'approver',
      body: { documents: [window], approve: true },
    });
    expect(applied.statusCode).toBe(200);
    const frozen = await env.api.call('POST', '/api/v1/kpis/q.frozen/versions/1/approve', { as: 'approver' });
    expect(frozen.statusCode).toBe(423);
    expect(frozen.json().error.message).toMatch(/quarter close \(q\.close\)/);
    const notAdmin = await env.api.call('POST', '/api/v1/kpis/q.frozen/versions/1/approve', {
      as: 'approver',
      body: { override: { reason: 'regulator deadline' } },
    });
    expect(notAdmin.statusCode).toBe(403);
    const override = await env.api.call('POST', '/api/v1/kpis/q.frozen/versions/1/approve', {
      as: 'admin',
      body: { override: { reason: 'regulator deadline' } },
    });
    expect(override.statusCode).toBe(200);
    const audit = await env.api.call('GET', '/api/v1/audit?limit=1000', { as: 'viewer' });
    const entries: Array<{ id: string | null; detail: Record<string, unknown> }> = audit.json();
    expect(entries.some((e) => e.id === 'q.frozen' && JSON.stringify(e.detail).includes('regulator deadline'))).toBe(
      true
    );
  });

  it('plans and applies a bundle in one go, exports it, and re-applying the export changes nothing', async () => {
    const docs = [kpiDoc('b.one'), kpiDoc('b.two'), scorecardDoc('b.card', ['b.one', 'b.two'])];
    const plan = await env.api.call('POST', '/api/v1/apply?dryRun=true', { as: 'editor', body: { documents: docs } });
    expect(plan.json().plan.map((e: { id: string; action: string }) => `${e.id}:${e.action}`)).toEqual([
      'b.one:create',
      'b.two:create',
      'b.card:create',
    ]);
    expect((await env.api.call('GET', '/api/v1/kpis/b.one', { as: 'viewer' })).statusCode).toBe(404);
    const applied = await env.api.call('POST', '/api/v1/apply', {
      as: 'approver',
      body: { documents: docs, approve: true, message: 'init' },
    });
    expect(applied.statusCode).toBe(200);
    expect(applied.json().versions.every((v: { state: string }) => v.state === 'approved')).toBe(true);

    const exported = (await env.api.call('GET', '/api/v1/export', { as: 'viewer' })).json();
    const again = await env.api.call('POST', '/api/v1/apply', { as: 'editor', body: { documents: exported } });
    expect(again.json().plan.every((e: { action: string }) => e.action === 'unchanged')).toBe(true);
    expect(again.json().versions).toEqual([]);

    const lineage = (await env.api.call('GET', '/api/v1/lineage?kpi=b.one', { as: 'viewer' })).json();
    expect(lineage.edges.length).toBeGreaterThan(0);
    const verify = await env.api.call('GET', '/api/v1/audit/verify', { as: 'viewer' });
    expect(verify.json()).toMatchObject({ ok: true });
    expect(verify.json().entries).toBeGreaterThan(3);
  });

  it('rejects references to resources that exist neither in the request nor in the registry', async () => {
    const dangling = await env.api.call('PUT', '/api/v1/scorecards/d.card', {
      as: 'editor',
      body: scorecardDoc('d.card', ['d.none']),
    });
    expect(dangling.statusCode).toBe(400);
    expect(dangling.json().error.path).toBe('body.spec.perspectives[0].objectives[0].kpis[0].kpi');
    expect(dangling.json().error.message).toMatch(/d\.none/);
    await env.api.call('PUT', '/api/v1/kpis/d.some', { as: 'editor', body: kpiDoc('d.some') });
    const known = await env.api.call('PUT', '/api/v1/scorecards/d.card', {
      as: 'editor',
      body: scorecardDoc('d.card', ['d.some']),
    });
    expect(known.statusCode).toBe(201);
  });

  it('gives each of 50 concurrent writers either its own version or 409, losing nothing', async () => {
    await env.api.call('PUT', '/api/v1/kpis/w.hot', { as: 'editor', body: kpiDoc('w.hot') });
    const writers = Array.from({ length: 50 }, async (_, i) => {
      const read = await env.api.call('GET', '/api/v1/kpis/w.hot', { as: 'viewer' });
      const doc = kpiDoc('w.hot', { target: 100 + i, thresholds: { redFlag: 50, goal: 100 + i } });
      const res = await env.api.call('PUT', '/api/v1/kpis/w.hot', {
        as: 'editor',
        user: `writer-${i}`,
        body: doc,
        headers: { 'if-match': String(read.json().version) },
      });
      return { i, status: res.statusCode, version: res.statusCode === 201 ? res.json().version.version : null };
    });
    const results = await Promise.all(writers);
    expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const landed = results.filter((r) => r.status === 201);
    expect(landed.length).toBeGreaterThan(0);
    const versions: Array<{
      version: number;
      parent: number | null;
      author: string;
      document: { spec: { target: number } };
    }> = (await env.api.call('GET', '/api/v1/kpis/w.hot/versions', { as: 'viewer' })).json();
    expect(versions.map((v) => v.version)).toEqual(Array.from({ length: landed.length + 1 }, (_, k) => k + 1));
    for (const w of landed) {
      const v = versions.find((x) => x.version === w.version);
      expect(v).toMatchObject({
        author: `writer-${w.i}`,
        parent: (w.version ?? 0) - 1,
        document: { spec: { target: 100 + w.i } },
      });
    }
    expect((await env.api.call('GET', '/api/v1/audit/verify', { as: 'viewer' })).json().ok).toBe(true);
  });

  it('reports unknown resources and kinds in the error shape', async () => {
    const missing = await env.api.call('GET', '/api/v1/scorecards/nope', { as: 'viewer' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    const unknownKind = await env.api.call('POST', '/api/v1/apply', {
      as: 'editor',
      body: { documents: [{ kind: 'Dashboard' }] },
    });
    expect(unknownKind.statusCode).toBe(400);
    expect(unknownKind.json().error.path).toBe('body.documents[0].kind');
  });
});
