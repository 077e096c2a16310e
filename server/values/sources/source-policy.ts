import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, resolve as resolvePath, sep } from 'node:path';
import { ValueEngineError } from '../engine/errors';

/** What the operator lets Source documents reach: DuckDB files under `dirs`, PostgreSQL URLs from `urlEnvs`. */
export interface SourcePolicy {
  dirs: string[];
  urlEnvs: ReadonlySet<string>;
}

const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
const DIRS = 'SCORECARD_SOURCE_DIRS';
const URL_ENVS = 'SCORECARD_SOURCE_URL_ENVS';

/** SCORECARD_SOURCE_DIRS (absolute directories, `:`-separated) and SCORECARD_SOURCE_URL_ENVS (names, `,`-separated); both default to none. */
export function sourcePolicyFromEnv(env: Readonly<Record<string, string | undefined>>): SourcePolicy {
  const dirs = (env[DIRS] ?? '')
    .split(':')
    .map((d) => d.trim())
    .filter((d) => d !== '');
  const relative = dirs.find((d) => !isAbsolute(d));
  if (relative !== undefined) {
    throw new Error(`${DIRS} must list absolute directories; "${relative}" is relative`);
  }
  const names = (env[URL_ENVS] ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const bad = names.findIndex((n) => !ENV_NAME.test(n));
  if (bad >= 0) {
    // the entry is not echoed: it may be a URL with a password pasted by mistake
    throw new Error(
      `${URL_ENVS} must list environment variable names such as SALES_DB_URL; entry ${bad + 1} is not one`
    );
  }
  return { dirs, urlEnvs: new Set(names) };
}

const refused = (message: string) => new ValueEngineError('invalid-definition', message);

async function realFile(path: string): Promise<{ real: string; dev: number; ino: number } | null> {
  try {
    const real = await realpath(resolvePath(path));
    const info = await stat(real);
    return info.isFile() ? { real, dev: info.dev, ino: info.ino } : null;
  } catch {
    return null;
  }
}

async function realDirs(dirs: string[]): Promise<string[]> {
  const found = await Promise.all(dirs.map((d) => realpath(d).catch(() => null)));
  return found.filter((d): d is string => d !== null);
}

/**
 * The real path of a Source's DuckDB file when it lies inside an allowed directory (after symlinks, `..`
 * and /proc/self/root are resolved) and is not the server's own store (compared by path and by inode, so a
 * hard link is caught too). One message for a missing file and one outside the directories, so an editor
 * cannot probe the host.
 */
export async function allowedDuckDbFile(
  path: string,
  policy: SourcePolicy,
  ownStore: string | null,
  what: string
): Promise<string> {
  if (policy.dirs.length === 0) {
    throw refused(
      `${what}: the server reads no DuckDB files besides its own store (${DIRS} is not set); leave connection.path out`
    );
  }
  const file = await realFile(path);
  const dirs = await realDirs(policy.dirs);
  if (file === null || !dirs.some((d) => file.real === d || file.real.startsWith(d.endsWith(sep) ? d : d + sep))) {
    throw refused(`${what}: ${path} is not a DuckDB file inside the directories the server allows (${DIRS})`);
  }
  const own = ownStore === null ? null : await realFile(ownStore);
  if (own !== null && (own.real === file.real || (own.dev === file.dev && own.ino === file.ino))) {
    throw refused(`${what}: ${path} is the server's own store; leave connection.path out to read its events`);
  }
  return file.real;
}

/** The name of a Source's URL variable, when the operator allows it. */
export function allowedUrlEnv(name: string, policy: SourcePolicy, what: string): string {
  if (!policy.urlEnvs.has(name)) {
    throw refused(
      `${what} reads its PostgreSQL URL from ${name}, which is not among the variables the server allows (${URL_ENVS})`
    );
  }
  return name;
}
