import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { errorCode } from '../error-message';

export const DEMO_TOKENS_FILE = 'demo-tokens.json';
export const DEMO_APP_TOKENS_FILE = 'demo-app-tokens.json';
/** The app's route tokens (DESIGN §5): Grafana-proxy tokens for its viewer, editor and admin routes. */
export const DEMO_APP_ROLES = ['viewer', 'editor', 'approver'] as const;

export interface DemoTokens {
  path: string;
  /** False when an earlier run's file was reused, so restarts keep their tokens. */
  created: boolean;
}

function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Writes random admin and viewer tokens to `<dir>/demo-tokens.json` (mode 0600) unless the file exists: services
 * named `admin` (the CLI) and `viewer` (the datasource; its reads ignore the X-Grafana-User Grafana adds).
 */
export function ensureDemoTokens(dir: string): Promise<DemoTokens> {
  return writeOnce(dir, DEMO_TOKENS_FILE, { admin: newToken(), viewer: newToken() });
}

/**
 * Writes `<dir>/demo-app-tokens.json` unless it exists: Grafana-proxy tokens (kind grafana, so the server honours
 * X-Grafana-User) of roles viewer, editor and approver for the app's plugin.json routes.
 */
export function ensureDemoAppTokens(dir: string): Promise<DemoTokens> {
  const tokens = DEMO_APP_ROLES.map((role) => ({ role, token: newToken(), name: 'grafana', kind: 'grafana' }));
  return writeOnce(dir, DEMO_APP_TOKENS_FILE, { tokens });
}

async function writeOnce(dir: string, file: string, tokens: unknown): Promise<DemoTokens> {
  const path = resolve(join(dir, file));
  await mkdir(dir, { recursive: true });
  const content = `${JSON.stringify(tokens, null, 2)}\n`;
  try {
    await writeFile(path, content, { mode: 0o600, flag: 'wx' });
    return { path, created: true };
  } catch (err) {
    if (errorCode(err) === 'EEXIST') {
      return { path, created: false };
    }
    throw err;
  }
}
