import { useApiOn } from '../../test-support/api';
import { freezeDoc, kpiDoc, scorecardDoc } from '../../test-support/documents';
import { STORE_PLACES } from '../../test-support/places';

describe.each(STORE_PLACES)('audit verify and governance over HTTP on %s', (_kind, newPlace) => {
  const env = useApiOn(newPlace);

  it('pages the log newest first with order=desc and before, and refuses mixing the two directions', async () => {
    for (const id of ['n.one', 'n.two', 'n.three']) {
      await env.api.call('PUT', `/api/v1/kpis/${id}`, { as: 'editor', body: kpiDoc(id) });
    }
    const all: Array<{ seq: number }> = (
      await env.api.call('GET', '/api/v1/audit?limit=1000', { as: 'viewer' })
    ).json();
    const seqs = all.map((e) => e.seq);
    const newest = (await env.api.call('GET', '/api/v1/audit?order=desc&limit=2', { as: 'viewer' })).json();
    expect(newest.map((e: { seq: number }) => e.seq)).toEqual(seqs.slice(-2).reverse());
    const older = await env.api.call('GET', `/api/v1/audit?order=desc&before=${seqs.at(-2)}&limit=1`, { as: 'viewer' });
    expect(older.json().map((e: { seq: number }) => e.seq)).toEqual([seqs.at(-3)]);
    const mixed = await env.api.call('GET', '/api/v1/audit?before=3', { as: 'viewer' });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().error).toMatchObject({ code: 'invalid', path: 'querystring.before' });
  });

  it('answers the chain head, checks ?expectHead against it, and refuses a malformed one', async () => {
    await env.api.call('PUT', '/api/v1/kpis/v.one', { as: 'editor', body: kpiDoc('v.one') });
    await env.api.call('PUT', '/api/v1/kpis/v.two', { as: 'editor', body: kpiDoc('v.two') });
    const entries: Array<{ seq: number; hash: string }> = (
      await env.api.call('GET', '/api/v1/audit?limit=1000', { as: 'viewer' })
    ).json();
    const last = entries[entries.length - 1];
    const head = { entries: last?.seq, hash: last?.hash };
    const verify = await env.api.call('GET', '/api/v1/audit/verify', { as: 'viewer' });
    expect(verify.json()).toEqual({ ok: true, entries: entries.length, versions: entries.length, head });
    const same = await env.api.call('GET', `/api/v1/audit/verify?expectHead=${head.entries}:${head.hash}`, {
      as: 'viewer',
    });
    expect(same.json().ok).toBe(true);
    const ahead = `${entries.length + 2}:${head.hash}`;
    const longer = await env.api.call('GET', `/api/v1/audit/verify?expectHead=${ahead}`, { as: 'viewer' });
    expect(longer.statusCode).toBe(200);
    expect(longer.json()).toMatchObject({
      ok: false,
      head,
      headMismatch: { expected: { entries: entries.length + 2, hash: head.hash } },
    });
    const bad = await env.api.call('GET', '/api/v1/audit/verify?expectHead=latest', { as: 'viewer' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid');
  });

  it('answers 409 naming the newer proposal, and 423 for a scorecard inside a window over scorecards', async () => {
    await env.api.call('PUT', '/api/v1/kpis/g.k', { as: 'editor', body: kpiDoc('g.k') });
    await env.api.call('PUT', '/api/v1/kpis/g.k', { as: 'editor', body: kpiDoc('g.k', { target: 91 }) });
    const stale = await env.api.call('POST', '/api/v1/kpis/g.k/versions/1/approve', { as: 'approver' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toContain('version 2 of KPI g.k is a newer proposal');

    const now = Date.now();
    const window = freezeDoc(
      'g.board',
      { scorecards: ['g.card'] },
      new Date(now - 3_600_000).toISOString(),
      new Date(now + 3_600_000).toISOString()
    );
    // the scorecard is proposed first: a window may only name scorecards the registry knows
    await env.api.call('PUT', '/api/v1/scorecards/g.card', { as: 'editor', body: scorecardDoc('g.card', ['g.k']) });
    const applied = await env.api.call('POST', '/api/v1/apply', {
      as: 'approver',
      body: { documents: [window], approve: true },
    });
    expect(applied.statusCode).toBe(200);
    const frozen = await env.api.call('POST', '/api/v1/scorecards/g.card/versions/1/approve', { as: 'approver' });
    expect(frozen.statusCode).toBe(423);
    expect(frozen.json().error.message).toBe('g.board: quarter close (g.board)');
  });
});
