import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { loadDashboards, registerDashboardRoutes } from './dashboards';

function dir(files: Record<string, unknown>): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'host-dashboards-'));
  for (const [name, json] of Object.entries(files)) {
    fs.writeFileSync(path.join(d, name), JSON.stringify(json));
  }
  return d;
}

describe('dashboards API', () => {
  const a = dir({ 'one.json': { uid: 'one', title: 'One', tags: ['x'], panels: [] }, 'notes.txt': 'ignored' });
  const b = dir({ 'two.json': { uid: 'two', title: 'Two' } });
  const app = Fastify();
  registerDashboardRoutes(app, [a, b, path.join(a, 'missing')]);

  afterAll(() => app.close());

  test('GET /api/search lists the dashboards of every directory as Grafana does', async () => {
    const res = await app.inject({ url: '/api/search?type=dash-db' });
    expect(res.json()).toEqual([
      { uid: 'one', title: 'One', tags: ['x'], type: 'dash-db', url: '/d/one' },
      { uid: 'two', title: 'Two', tags: [], type: 'dash-db', url: '/d/two' },
    ]);
    expect((await app.inject({ url: '/api/search?query=tw' })).json()).toHaveLength(1);
    expect((await app.inject({ url: '/api/search?type=dash-folder' })).json()).toEqual([]);
  });

  test('GET /api/dashboards/uid/:uid answers {dashboard, meta}, 404 for an unknown uid', async () => {
    const res = await app.inject({ url: '/api/dashboards/uid/one' });
    expect(res.json()).toMatchObject({
      dashboard: { uid: 'one', title: 'One', panels: [] },
      meta: { provisioned: true, url: '/d/one', provisionedExternalId: 'one.json' },
    });
    expect((await app.inject({ url: '/api/dashboards/uid/nope' })).statusCode).toBe(404);
  });

  test('a uid used twice, or a file without a uid, is an error naming the files', () => {
    const dup = dir({ 'again.json': { uid: 'one', title: 'Again' } });
    expect(() => loadDashboards([a, dup])).toThrow(/"one" is used by both .*one\.json and .*again\.json/);
    expect(() => loadDashboards([dir({ 'bad.json': { title: 'No uid' } })])).toThrow(/bad\.json: .* needs a "uid"/);
  });
});
