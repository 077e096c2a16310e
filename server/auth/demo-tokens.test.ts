import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDemoAppTokens, ensureDemoTokens } from './demo-tokens';
import { readTokensFile } from './token-sources';

describe('ensureDemoTokens', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scorecard-demo-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes loadable admin and viewer tokens, readable by the owner only', async () => {
    const demo = await ensureDemoTokens(join(dir, 'data'));
    expect(demo).toEqual({ path: join(dir, 'data', 'demo-tokens.json'), created: true });
    expect((await stat(demo.path)).mode & 0o777).toBe(0o600);
    const entries = await readTokensFile(demo.path);
    // bare roles: services named admin and viewer; the viewer token serves Grafana's datasource, which only reads
    expect(entries.map((e) => [e.role, e.name, e.kind]).sort()).toEqual([
      ['admin', 'admin', 'service'],
      ['viewer', 'viewer', 'service'],
    ]);
    expect(new Set(entries.map((e) => e.token)).size).toBe(2);
  });

  it('reuses an existing file', async () => {
    const first = await ensureDemoTokens(dir);
    const before = await readFile(first.path, 'utf8');
    const second = await ensureDemoTokens(dir);
    expect(second).toEqual({ path: first.path, created: false });
    expect(await readFile(second.path, 'utf8')).toBe(before);
  });

  it("writes the app's Grafana-proxy tokens for viewer, editor and approver beside them, once", async () => {
    const demo = await ensureDemoTokens(dir);
    const before = await readFile(demo.path, 'utf8');
    const app = await ensureDemoAppTokens(dir);
    expect(app).toEqual({ path: join(dir, 'demo-app-tokens.json'), created: true });
    expect((await stat(app.path)).mode & 0o777).toBe(0o600);
    const entries = await readTokensFile(app.path);
    expect(entries.map((e) => [e.role, e.name, e.kind])).toEqual([
      ['viewer', 'grafana', 'grafana'],
      ['editor', 'grafana', 'grafana'],
      ['approver', 'grafana', 'grafana'],
    ]);
    expect(new Set(entries.map((e) => e.token)).size).toBe(3);
    const written = await readFile(app.path, 'utf8');
    expect(await ensureDemoAppTokens(dir)).toEqual({ path: app.path, created: false });
    expect(await readFile(app.path, 'utf8')).toBe(written);
    expect(await readFile(demo.path, 'utf8')).toBe(before);
  });
});
