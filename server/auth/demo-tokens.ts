import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { errorCode } from '../error-message';

export const DEMO_TOKENS_FILE = 'demo-tokens.json';

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
export async function ensureDemoTokens(dir: string): Promise<DemoTokens> {
  const path = resolve(join(dir, DEMO_TOKENS_FILE));
  await mkdir(dir, { recursive: true });
  const content = `${JSON.stringify({ admin: newToken(), viewer: newToken() }, null, 2)}\n`;
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
