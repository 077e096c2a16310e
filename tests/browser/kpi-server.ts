// Starts the real KPI server (`scorecard serve`) on a free port with a fresh store seeded with demo data, a random admin token and the app's tokens.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** The app's route tokens: Grafana-proxy tokens (kind grafana) of roles viewer, editor and approver. */
export type AppTokens = Record<'viewerToken' | 'editorToken' | 'approverToken', string>;

export interface KpiServer {
  url: string;
  token: string;
  appTokens: AppTokens;
  stop: () => Promise<void>;
}

const newToken = () => crypto.randomBytes(24).toString('base64url');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))
      );
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`KPI server exited with code ${child.exitCode}:\n${output()}`);
    }
    const res = await fetch(`${url}/api/health`).catch(() => undefined);
    if (res) {
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`KPI server did not answer ${url}/api/health within ${timeoutMs} ms:\n${output()}`);
}

// About 2 s of seeding: the example organisation, a year of journey events up to today's UTC midnight, check-ins.
export const DEMO_EVENTS = 100_000;

/** `scorecard demo` on the store before the server opens it (the CLI's deterministic generator). */
async function seedDemo(cli: string, root: string, store: string): Promise<void> {
  const args = [cli, 'demo', '--store', store, '--events', String(DEMO_EVENTS)];
  await promisify(execFile)(process.execPath, args, { cwd: root, timeout: 120_000 }).catch((error: unknown) => {
    const output = error instanceof Error && 'stderr' in error ? String(error.stderr) : String(error);
    throw new Error(`$ node ${args.join(' ')} failed:\n${output}`);
  });
}

export async function startKpiServer(root: string): Promise<KpiServer> {
  const cli = path.join(root, 'server/bin/scorecard.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-browser-'));
  const token = newToken();
  const appTokens: AppTokens = { viewerToken: newToken(), editorToken: newToken(), approverToken: newToken() };
  const tokens = [
    `admin=${token}`,
    `grafana:viewer:grafana=${appTokens.viewerToken}`,
    `grafana:editor:grafana=${appTokens.editorToken}`,
    `grafana:approver:grafana=${appTokens.approverToken}`,
  ];
  const port = await freePort();
  const store = path.join(dir, 's.duckdb');
  await seedDemo(cli, root, store).catch((error: unknown) => {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  const args = [cli, 'serve', '--store', store, '--port', String(port)];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, SCORECARD_TOKENS: tokens.join(',') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-8000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited(child);
    clearTimeout(killer);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(url, child, () => `$ node ${args.join(' ')}\n${log}`, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, token, appTokens, stop };
}
