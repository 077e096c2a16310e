import { type SourceDocument } from '../../core/schema';
import { openStore } from '../store/open-store';
import { type Store } from '../store/store';
import { admin, editor, errorOf } from './contract/fixtures';
import { createRegistry } from './index';
import { type Registry } from './types';

const source = (id: string, spec: Partial<SourceDocument['spec']> = {}): SourceDocument => ({
  apiVersion: 'scorecard/v1',
  kind: 'Source',
  metadata: { id },
  spec: { engine: 'duckdb', table: 'events', ...spec },
});

describe('who may write a Source connection', () => {
  let store: Store;
  let registry: Registry;

  beforeAll(async () => {
    store = await openStore(':memory:');
    registry = await createRegistry(store);
  });

  afterAll(() => store.close());

  it.each([
    ['a DuckDB path', source('file', { connection: { path: '/data/crm.duckdb' } })],
    ['a PostgreSQL urlEnv', source('crm', { engine: 'postgres', connection: { urlEnv: 'CRM_URL' } })],
  ])('refuses an editor %s on PUT and apply; an admin may', async (_what, doc) => {
    const put = await errorOf(registry.put(doc, editor));
    expect(put).toMatchObject({
      code: 'forbidden',
      message: `writing the connection of Source ${doc.metadata.id} needs the admin role; erin has editor`,
    });
    expect((await errorOf(registry.apply([doc], editor))).code).toBe('forbidden');
    expect((await registry.put(doc, admin)).created).toBe(true);
  });

  it("lets an editor write a Source on the server's own store", async () => {
    expect((await registry.put(source('own', { columns: { customer: 'who' } }), editor)).created).toBe(true);
  });
});
