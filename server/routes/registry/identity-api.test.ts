import { useApiOn } from '../../test-support/api';
import { kpiDoc } from '../../test-support/documents';
import { ALICE_TOKEN, CI_TOKEN } from '../../test-support/fixtures';
import { STORE_PLACES } from '../../test-support/places';

const fourEyes = (id: string) => kpiDoc(id, { governance: { fourEyes: true } });

describe.each(STORE_PLACES)('identity from credentials over HTTP on %s', (_kind, newPlace) => {
  const env = useApiOn(newPlace);
  const get = async (id: string) => (await env.api.call('GET', `/api/v1/kpis/${id}`, { as: 'viewer' })).json();

  it("refuses X-Grafana-User naming someone else from a person's token, and writes nothing", async () => {
    const spoofed = await env.api.call('PUT', '/api/v1/kpis/i.spoof', {
      token: ALICE_TOKEN,
      user: 'bob',
      body: kpiDoc('i.spoof'),
    });
    expect(spoofed.statusCode).toBe(403);
    expect(spoofed.json().error).toMatchObject({ code: 'forbidden', path: 'headers.x-grafana-user' });
    expect(spoofed.json().error.message).toContain("only Grafana's proxy token may name another user");
    expect((await env.api.call('GET', '/api/v1/kpis/i.spoof', { as: 'viewer' })).statusCode).toBe(404);
    const own = await env.api.call('PUT', '/api/v1/kpis/i.spoof', {
      token: ALICE_TOKEN,
      user: 'Alice',
      body: kpiDoc('i.spoof'),
    });
    expect(own.statusCode).toBe(201);
    expect(await get('i.spoof')).toMatchObject({ author: 'alice' });
  });

  it('records a role token as the service named after its role, and refuses its X-Grafana-User', async () => {
    const headers = { 'x-grafana-user': 'alice' };
    const spoofed = await env.api.call('PUT', '/api/v1/kpis/i.role', { as: 'editor', headers, body: kpiDoc('i.role') });
    expect(spoofed.statusCode).toBe(403);
    expect(
      (await env.api.call('PUT', '/api/v1/kpis/i.role', { as: 'editor', body: kpiDoc('i.role') })).statusCode
    ).toBe(201);
    expect(await get('i.role')).toMatchObject({ author: 'editor' });
  });

  it('lets one approver token neither propose as alice and approve as bob, nor approve its own four-eyes change', async () => {
    const body = fourEyes('i.self');
    const asAlice = { 'x-grafana-user': 'alice' };
    expect(
      (await env.api.call('PUT', '/api/v1/kpis/i.self', { as: 'approver', headers: asAlice, body })).statusCode
    ).toBe(403);
    expect((await env.api.call('PUT', '/api/v1/kpis/i.self', { as: 'approver', body })).statusCode).toBe(201);
    const asBob = { 'x-grafana-user': 'bob' };
    const url = '/api/v1/kpis/i.self/versions/1/approve';
    expect((await env.api.call('POST', url, { as: 'approver', headers: asBob, body: {} })).statusCode).toBe(403);
    const self = await env.api.call('POST', url, { as: 'approver', body: {} });
    expect(self.statusCode).toBe(403);
    expect(self.json().error.message).toContain('four-eyes');
    expect(await get('i.self')).toMatchObject({ state: 'proposed', author: 'approver' });
  });

  it("takes the user from Grafana's proxy token and compares it case-insensitively for four-eyes", async () => {
    const put = await env.api.call('PUT', '/api/v1/kpis/i.carol', {
      as: 'editor',
      user: 'carol',
      body: fourEyes('i.carol'),
    });
    expect(put.statusCode).toBe(201);
    const url = '/api/v1/kpis/i.carol/versions/1/approve';
    const same = await env.api.call('POST', url, { as: 'approver', user: 'Carol', body: {} });
    expect(same.statusCode).toBe(403);
    expect(same.json().error.message).toContain('four-eyes');
    const other = await env.api.call('POST', url, { as: 'approver', user: 'dave', body: {} });
    expect(other.statusCode).toBe(200);
    expect(await get('i.carol')).toMatchObject({ state: 'approved', author: 'carol', approver: 'dave' });
  });

  it("refuses an X-Grafana-User with invisible or bidi-control characters, even from Grafana's token", async () => {
    const res = await env.api.call('PUT', '/api/v1/kpis/i.bidi', {
      as: 'editor',
      user: 'car\u202eol',
      body: kpiDoc('i.bidi'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid_request', path: 'headers.x-grafana-user' });
  });

  it('never creates and approves a four-eyes KPI in one apply by its own author', async () => {
    const body = { documents: [fourEyes('i.apply')], approve: true };
    for (const caller of [
      { as: 'approver' as const },
      { token: ALICE_TOKEN },
      { as: 'approver' as const, user: 'x' },
    ]) {
      const res = await env.api.call('POST', '/api/v1/apply', { ...caller, body });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toContain('four-eyes');
    }
    expect((await env.api.call('GET', '/api/v1/kpis/i.apply', { as: 'viewer' })).statusCode).toBe(404);
  });

  it('accepts approvedBy only from a service token, never naming the author, and audits the reviewer', async () => {
    const call = (opts: { token?: string; user?: string }, approvedBy: string) =>
      env.api.call('POST', '/api/v1/apply', {
        ...opts,
        as: 'approver',
        body: { documents: [fourEyes('i.pr')], approve: true, approvedBy, message: 'PR #7' },
      });
    expect((await call({ token: ALICE_TOKEN }, 'blake')).statusCode).toBe(403);
    expect((await call({ user: 'alice' }, 'blake')).statusCode).toBe(403);
    const self = await call({ token: CI_TOKEN }, 'CI-Bot');
    expect(self.statusCode).toBe(403);
    expect(self.json().error.message).toContain('--approved-by must name someone other than the author');
    expect((await env.api.call('GET', '/api/v1/kpis/i.pr', { as: 'viewer' })).statusCode).toBe(404);
    const ok = await call({ token: CI_TOKEN }, 'blake');
    expect(ok.statusCode).toBe(200);
    expect(await get('i.pr')).toMatchObject({ state: 'approved', author: 'ci-bot', approver: 'blake' });
    const audit: Array<{ action: string; id: string; actor: string; detail: unknown }> = (
      await env.api.call('GET', '/api/v1/audit?limit=1000', { as: 'viewer' })
    ).json();
    expect(audit.find((e) => e.action === 'approve' && e.id === 'i.pr')).toMatchObject({
      actor: 'ci-bot',
      detail: { review: 'pull-request', approvedBy: 'blake' },
    });
  });

  it("keeps reads working for Grafana's datasource with a role token, which sends X-Grafana-User", async () => {
    const res = await env.api.call('GET', '/api/v1/kpis', { as: 'viewer', headers: { 'x-grafana-user': 'admin' } });
    expect(res.statusCode).toBe(200);
  });
});
