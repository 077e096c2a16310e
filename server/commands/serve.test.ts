import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, buildServerBundle, REPO_ROOT, runCli } from '../test-support/cli-process';

const LISTENING = /scorecard server listening on (http:\/\/127\.0\.0\.1:(\d+)) \(store: duckdb (\S+)\)\n/;
const TOKEN = 'env-admin-token-0123456789';

let dir: string;

beforeAll(() => buildServerBundle());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scorecard-cli-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function health(url: string, token?: string) {
  const res = await fetch(`${url}/api/health`, {
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });
  return { status: res.status, body: await res.json() };
}

async function demoTokens(path: string): Promise<{ admin: string; viewer: string }> {
  return JSON.parse(await readFile(path, 'utf8'));
}

describe('scorecard serve', () => {
  it('--demo writes tokens next to the store, serves health, and stops cleanly on SIGTERM', async () => {
    const store = join(dir, 'data', 'kpi.duckdb');
    const cli = runCli(['serve', '--demo', '--port', '0', '--store', store], { cwd: dir });
    const [, url = '', , location] = await cli.waitForStdout(LISTENING);
    expect(location).toBe(store);
    const tokensPath = join(dir, 'data', 'demo-tokens.json');
    expect(cli.stderr()).toContain(tokensPath);
    expect((await stat(tokensPath)).mode & 0o777).toBe(0o600);
    const tokens = await demoTokens(tokensPath);
    for (const token of [tokens.admin, tokens.viewer]) {
      expect(cli.stdout() + cli.stderr()).not.toContain(token);
    }

    expect(await health(url)).toEqual({ status: 200, body: { status: 'ok' } });
    expect((await health(url, tokens.admin)).body.role).toBe('admin');
    expect((await health(url, tokens.viewer)).body.role).toBe('viewer');
    expect(await health(url, `${tokens.admin}x`)).toEqual({
      status: 401,
      body: { error: { code: 'unauthorized', message: 'the bearer token is not valid' } },
    });

    cli.child.kill('SIGTERM');
    expect(await cli.exitCode).toBe(0);
    expect(existsSync(store)).toBe(true);
    expect(cli.stdout() + cli.stderr()).not.toContain(tokens.admin);
  });

  it('--demo keeps the same tokens across restarts', async () => {
    const store = join(dir, 'kpi.duckdb');
    const first = runCli(['serve', '--demo', '--port', '0', '--store', store], { cwd: dir });
    await first.waitForStdout(LISTENING);
    first.child.kill('SIGINT');
    expect(await first.exitCode).toBe(0);
    const before = await demoTokens(join(dir, 'demo-tokens.json'));

    const second = runCli(['serve', '--demo', '--port', '0', '--store', store], { cwd: dir });
    const [, url = ''] = await second.waitForStdout(LISTENING);
    expect(second.stderr()).toContain('reusing');
    expect(await demoTokens(join(dir, 'demo-tokens.json'))).toEqual(before);
    expect((await health(url, before.admin)).body.role).toBe('admin');
    second.child.kill('SIGTERM');
    expect(await second.exitCode).toBe(0);
  });

  it('takes tokens, store and port from the environment', async () => {
    const cli = runCli(['serve'], {
      cwd: dir,
      env: { SCORECARD_TOKENS: `editor=${TOKEN}`, SCORECARD_PORT: '0', SCORECARD_STORE: 'env.duckdb' },
    });
    const [, url = '', , location] = await cli.waitForStdout(LISTENING);
    expect(location).toBe('env.duckdb');
    expect((await health(url, TOKEN)).body.role).toBe('editor');
    cli.child.kill('SIGTERM');
    expect(await cli.exitCode).toBe(0);
    expect(existsSync(join(dir, 'env.duckdb'))).toBe(true);
  });

  it('refuses to start without tokens, says how to configure them, and creates no store', async () => {
    const cli = runCli(['serve', '--port', '0'], { cwd: dir });
    expect(await cli.exitCode).toBe(2);
    expect(cli.stderr()).toContain('no API token is configured');
    expect(cli.stderr()).toContain('SCORECARD_TOKENS=');
    expect(cli.stderr()).toContain('--tokens-file');
    expect(cli.stderr()).toContain('--demo');
    expect(cli.stdout()).not.toContain('listening');
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it.each([
    [['--port', 'http'], {}, 'invalid port "http" (from --port)'],
    [[], { SCORECARD_PORT: '70000' }, 'invalid port "70000" (from SCORECARD_PORT)'],
    [['--store', 'mysql://db/kpi'], {}, 'unknown store scheme "mysql://"'],
    [[], { SCORECARD_TOKENS: 'admin=short' }, 'SCORECARD_TOKENS entry 1: the admin token is too short'],
  ])('exits 2 with a clear message for bad configuration %j %j', async (args, env, message) => {
    const cli = runCli(['serve', ...args], { cwd: dir, env: { SCORECARD_TOKENS: `admin=${TOKEN}`, ...env } });
    expect(await cli.exitCode).toBe(2);
    expect(cli.stderr()).toContain(`scorecard: ${message}`);
  });

  it('exits 1 with a clear message when the port is in use', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : -1;
    try {
      const cli = runCli(['serve', '--port', String(port)], { cwd: dir, env: { SCORECARD_TOKENS: `admin=${TOKEN}` } });
      expect(await cli.exitCode).toBe(1);
      expect(cli.stderr()).toContain(`scorecard: port ${port} on 127.0.0.1 is already in use`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});

describe('server/bin/scorecard.js', () => {
  it('asks for a build when the bundle is missing', async () => {
    const bin = join(dir, 'server', 'bin', 'scorecard.js');
    await mkdir(join(dir, 'server', 'bin'), { recursive: true });
    await copyFile(BIN, bin);
    const cli = runCli(['--version'], { cwd: dir, bin });
    expect(await cli.exitCode).toBe(1);
    expect(cli.stderr()).toContain('run `npm run build:server`');
  });

  it('prints the package.json version', async () => {
    const cli = runCli(['--version'], { cwd: dir });
    expect(await cli.exitCode).toBe(0);
    const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(cli.stdout().trim()).toBe(pkg.version);
  });
});
