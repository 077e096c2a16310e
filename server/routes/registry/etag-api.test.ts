import { kpiDoc, scorecardDoc } from '../../test-support/documents';
import { STORE_PLACES } from '../../test-support/places';
import { useApiOn } from '../../test-support/api';
import { sourceDoc } from '../../values/measure/test-events';

describe.each(STORE_PLACES)('ETags of resources on %s', (_kind, newPlace) => {
  const env = useApiOn(newPlace);
  const get = (url: string, headers: Record<string, string> = {}) =>
    env.api.call('GET', url, { as: 'viewer', headers });

  it('sends the version and state as ETag and answers 304 to a matching If-None-Match', async () => {
    const put = await env.api.call('PUT', '/api/v1/kpis/t.etag', { as: 'editor', body: kpiDoc('t.etag') });
    expect(put.headers.etag).toBe('"1.proposed"');
    const read = await get('/api/v1/kpis/t.etag');
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"1.proposed"');
    const again = await get('/api/v1/kpis/t.etag', { 'if-none-match': '"1.proposed"' });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe('"1.proposed"');
    expect((await get('/api/v1/kpis/t.etag', { 'if-none-match': '"0.proposed"' })).statusCode).toBe(200);
  });

  it('changes the ETag when the version is approved, so no client keeps the proposed state', async () => {
    await env.api.call('PUT', '/api/v1/kpis/t.state', { as: 'editor', body: kpiDoc('t.state') });
    const approved = await env.api.call('POST', '/api/v1/kpis/t.state/versions/1/approve', { as: 'approver' });
    expect(approved.statusCode).toBe(200);
    const read = await get('/api/v1/kpis/t.state', { 'if-none-match': '"1.proposed"' });
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"1.approved"');
    expect(read.json().state).toBe('approved');
    const version = await get('/api/v1/kpis/t.state/versions/1', { 'if-none-match': 'W/"1.approved"' });
    expect(version.statusCode).toBe(304);
  });

  it('takes the ETag of a GET as If-Match on PUT; a stale one gets 409', async () => {
    await env.api.call('PUT', '/api/v1/kpis/t.match', { as: 'editor', body: kpiDoc('t.match') });
    const etag = (await get('/api/v1/kpis/t.match')).headers.etag;
    expect(etag).toBe('"1.proposed"');
    const body = kpiDoc('t.match', { target: 95, thresholds: { redFlag: 70, goal: 95 } });
    const next = await env.api.call('PUT', '/api/v1/kpis/t.match', {
      as: 'editor',
      body,
      headers: { 'if-match': `${etag}` },
    });
    expect(next.statusCode).toBe(201);
    expect(next.headers.etag).toBe('"2.proposed"');
    const stale = await env.api.call('PUT', '/api/v1/kpis/t.match', {
      as: 'editor',
      body: kpiDoc('t.match', { target: 99, thresholds: { redFlag: 70, goal: 99 } }),
      headers: { 'if-match': `${etag}` },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('sends an ETag for every kind', async () => {
    const docs = [sourceDoc('t.src'), kpiDoc('t.k'), scorecardDoc('t.card', ['t.k'])];
    expect((await env.api.call('POST', '/api/v1/apply', { as: 'admin', body: { documents: docs } })).statusCode).toBe(
      200
    );
    for (const url of ['/api/v1/sources/t.src', '/api/v1/kpis/t.k', '/api/v1/scorecards/t.card/versions/1']) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).toBe('"1.proposed"');
    }
  });
});
