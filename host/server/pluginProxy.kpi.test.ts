// The approval flow of DESIGN §5 through the host's plugin proxy against a real KPI server with Grafana's proxy tokens.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { createRegistry } from '../../server/registry';
import type { Store } from '../../server/store/store';
import type { StorePlace } from '../../server/store/store-contract';
import { kpiDoc } from '../../server/test-support/documents';
import { GRAFANA_TOKENS, testTokens } from '../../server/test-support/fixtures';
import { duckDbPlace } from '../../server/test-support/places';
import { signedIn, testHost } from './testHost';

describe('approving through the host proxy as Grafana users', () => {
  let place: StorePlace;
  let store: Store;
  let server: FastifyInstance;
  let host: FastifyInstance;

  beforeAll(async () => {
    place = await duckDbPlace();
    store = await place.open();
    await store.migrate();
    server = buildApp({ store, tokens: testTokens(), logger: false, registry: await createRegistry(store) });
    const serverUrl = await server.listen({ port: 0, host: '127.0.0.1' });
    host = await testHost({
      enabled: true,
      pinned: true,
      jsonData: { serverUrl },
      secureJsonData: {
        viewerToken: GRAFANA_TOKENS.viewer,
        editorToken: GRAFANA_TOKENS.editor,
        approverToken: GRAFANA_TOKENS.approver,
      },
    });
  });
  afterAll(async () => {
    await host?.close();
    await server?.close();
    await store?.close();
    await place?.dispose();
  });

  const call = (method: 'GET' | 'PUT' | 'POST', url: string, who: { cookie: string }, body?: unknown) =>
    host.inject({
      method,
      url: `/api/plugin-proxy/scorecard-suite-app/${url}`,
      headers: { ...who, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
  const approve = 'admin/v1/kpis/k.eyes/versions/1/approve';

  it('records alice as author, refuses her own approval by four-eyes, refuses a Viewer, and records bob as approver', async () => {
    const put = await call(
      'PUT',
      'editor/v1/kpis/k.eyes',
      signedIn('alice', 'Editor'),
      kpiDoc('k.eyes', { governance: { fourEyes: true } })
    );
    expect(put.statusCode).toBe(201);

    const asEditor = await call('POST', approve, signedIn('alice', 'Editor'), {});
    expect(asEditor.statusCode).toBe(403);
    expect(asEditor.json()).toEqual({ message: 'plugin proxy route access denied' });

    const ownChange = await call('POST', approve, signedIn('alice', 'Admin'), {});
    expect(ownChange.statusCode).toBe(403);
    expect(ownChange.json().error.message).toContain('four-eyes');

    const viewer = await call('POST', approve, signedIn('vera', 'Viewer'), {});
    expect(viewer.statusCode).toBe(403);
    expect(viewer.json()).toEqual({ message: 'plugin proxy route access denied' });

    const before = await call('GET', 'viewer/v1/kpis/k.eyes', signedIn('vera', 'Viewer'));
    expect(before.json()).toMatchObject({ state: 'proposed', author: 'alice' });

    expect((await call('POST', approve, signedIn('bob', 'Admin'), {})).statusCode).toBe(200);
    const after = await call('GET', 'viewer/v1/kpis/k.eyes', signedIn('vera', 'Viewer'));
    expect(after.json()).toMatchObject({ state: 'approved', author: 'alice', approver: 'bob' });
  });

  it('reaches the server health through the viewer route (/viewer/health → /api/health)', async () => {
    const res = await call('GET', 'viewer/health', signedIn('vera', 'Viewer'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toHaveProperty('version');
  });
});
