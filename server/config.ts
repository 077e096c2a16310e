import { checkTimeZone } from '../core/periods';
import { sourcePolicyFromEnv } from './values/sources/source-policy';
import { DEFAULT_STORE, parseStoreSpec, StoreSpec, StoreSpecError } from './store/store-spec';

export const DEFAULT_PORT = 3100;
export const DEFAULT_HOST = '127.0.0.1';

/** Flags as commander gives them; every one is optional and falls back to env, then defaults. */
export interface ServeFlags {
  store?: string;
  port?: string;
  host?: string;
  tokensFile?: string;
  timeZone?: string;
  demo?: boolean;
}

export interface ServeConfig {
  store: StoreSpec;
  port: number;
  host: string;
  /** Value of SCORECARD_TOKENS, if set. */
  tokensEnv?: string;
  tokensFile?: string;
  demo: boolean;
  logLevel: string;
  /** The organisation's IANA time zone: reporting periods and day buckets follow it. */
  timeZone: string;
  /** How often escalation policies are evaluated (SCORECARD_ESCALATION_INTERVAL, default 60 s). */
  escalationIntervalMs?: number;
  /** Grafana's address for the links in escalation notices (SCORECARD_GRAFANA_URL, default http://localhost:3000). */
  grafanaUrl?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function pick(flag: string | undefined, flagName: string, env: Env, envName: string) {
  if (flag !== undefined) {
    return { value: flag, source: flagName };
  }
  const fromEnv = env[envName];
  return fromEnv === undefined || fromEnv === '' ? undefined : { value: fromEnv, source: envName };
}

/** The zone from --time-zone or SCORECARD_TIMEZONE (default UTC), checked; ConfigError names where it came from. */
export function resolveTimeZone(flag: string | undefined, env: Env = process.env): string {
  const zone = pick(flag, '--time-zone', env, 'SCORECARD_TIMEZONE');
  if (zone === undefined) {
    return 'UTC';
  }
  try {
    return checkTimeZone(zone.value.trim());
  } catch (err) {
    throw new ConfigError(`${err instanceof Error ? err.message : String(err)} (from ${zone.source})`);
  }
}

export function parsePort(value: string, source: string): number {
  const port = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new ConfigError(`invalid port "${value}" (from ${source}): expected an integer from 0 to 65535`);
  }
  return port;
}

/** SCORECARD_SOURCE_DIRS and SCORECARD_SOURCE_URL_ENVS are read by the source resolver; checked here so a typo stops the start. */
function checkSourcePolicy(env: Env): void {
  try {
    sourcePolicyFromEnv(env);
  } catch (err) {
    throw new ConfigError(err instanceof Error ? err.message : String(err));
  }
}

const INTERVAL = /^([1-9]\d*)(s|m|h)$/;
const INTERVAL_MS = { s: 1000, m: 60_000, h: 3_600_000 } as const;

/** `30s`, `5m` or `1h` from SCORECARD_ESCALATION_INTERVAL. */
export function parseInterval(value: string, source: string): number {
  const [, amount, unit] = INTERVAL.exec(value.trim()) ?? [];
  if (amount === undefined || (unit !== 's' && unit !== 'm' && unit !== 'h')) {
    throw new ConfigError(`invalid interval "${value}" (from ${source}): expected a duration such as 30s, 5m or 1h`);
  }
  return Number(amount) * INTERVAL_MS[unit];
}

function grafanaUrlOf(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      return value.replace(/\/+$/, '');
    }
  } catch {
    // reported below
  }
  throw new ConfigError(`invalid SCORECARD_GRAFANA_URL "${value}": expected an http:// or https:// address`);
}

/** Resolves `serve` settings: flag, then environment variable, then default; throws ConfigError naming the culprit. */
export function resolveServeConfig(flags: ServeFlags, env: Env = process.env): ServeConfig {
  const store = pick(flags.store, '--store', env, 'SCORECARD_STORE');
  const port = pick(flags.port, '--port', env, 'SCORECARD_PORT');
  const host = pick(flags.host, '--host', env, 'SCORECARD_HOST');
  const tokensFile = pick(flags.tokensFile, '--tokens-file', env, 'SCORECARD_TOKENS_FILE');
  const logLevel = env.SCORECARD_LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`invalid SCORECARD_LOG_LEVEL "${logLevel}": expected one of ${LOG_LEVELS.join(', ')}`);
  }
  if (host !== undefined && host.value.trim() === '') {
    throw new ConfigError(`the host is empty (from ${host.source})`);
  }
  let storeSpec: StoreSpec;
  try {
    storeSpec = parseStoreSpec(store?.value ?? DEFAULT_STORE);
  } catch (err) {
    if (err instanceof StoreSpecError) {
      throw new ConfigError(`${err.message} (from ${store?.source ?? 'the default'})`);
    }
    throw err;
  }
  const tokensEnv = env.SCORECARD_TOKENS;
  checkSourcePolicy(env);
  return {
    store: storeSpec,
    port: port === undefined ? DEFAULT_PORT : parsePort(port.value, port.source),
    host: host?.value.trim() ?? DEFAULT_HOST,
    ...(tokensEnv === undefined || tokensEnv.trim() === '' ? {} : { tokensEnv }),
    ...(tokensFile === undefined ? {} : { tokensFile: tokensFile.value }),
    demo: flags.demo ?? false,
    logLevel,
    timeZone: resolveTimeZone(flags.timeZone, env),
    ...(env.SCORECARD_ESCALATION_INTERVAL
      ? { escalationIntervalMs: parseInterval(env.SCORECARD_ESCALATION_INTERVAL, 'SCORECARD_ESCALATION_INTERVAL') }
      : {}),
    ...(env.SCORECARD_GRAFANA_URL ? { grafanaUrl: grafanaUrlOf(env.SCORECARD_GRAFANA_URL) } : {}),
  };
}
