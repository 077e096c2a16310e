import { ConfigError, DEFAULT_HOST, DEFAULT_PORT, parsePort, resolveServeConfig } from './config';

describe('resolveServeConfig', () => {
  it('defaults to the DuckDB file, port 3100 and 127.0.0.1', () => {
    expect(resolveServeConfig({}, {})).toEqual({
      store: { kind: 'duckdb', path: './data/scorecard.duckdb' },
      port: DEFAULT_PORT,
      host: DEFAULT_HOST,
      demo: false,
      logLevel: 'info',
      timeZone: 'UTC',
    });
    expect([DEFAULT_PORT, DEFAULT_HOST]).toEqual([3100, '127.0.0.1']);
  });

  it('reads the environment', () => {
    const env = {
      SCORECARD_STORE: 'postgres://kpi@db/kpi',
      SCORECARD_PORT: '8080',
      SCORECARD_HOST: '0.0.0.0',
      SCORECARD_TOKENS: 'admin=x',
      SCORECARD_TOKENS_FILE: '/etc/scorecard/tokens.yaml',
      SCORECARD_LOG_LEVEL: 'warn',
      SCORECARD_TIMEZONE: 'America/New_York',
    };
    expect(resolveServeConfig({}, env)).toEqual({
      store: { kind: 'postgres', url: 'postgres://kpi@db/kpi' },
      port: 8080,
      host: '0.0.0.0',
      tokensEnv: 'admin=x',
      tokensFile: '/etc/scorecard/tokens.yaml',
      demo: false,
      logLevel: 'warn',
      timeZone: 'America/New_York',
    });
  });

  it('prefers flags over the environment', () => {
    const env = { SCORECARD_STORE: 'postgres://kpi@db/kpi', SCORECARD_PORT: '8080', SCORECARD_HOST: '0.0.0.0' };
    const config = resolveServeConfig({ store: 'x.duckdb', port: '0', host: '::1', demo: true }, env);
    expect(config).toMatchObject({ store: { kind: 'duckdb', path: 'x.duckdb' }, port: 0, host: '::1', demo: true });
  });

  it('treats empty environment variables as unset', () => {
    expect(resolveServeConfig({}, { SCORECARD_PORT: '', SCORECARD_TOKENS: ' ' })).toMatchObject({ port: 3100 });
    expect(resolveServeConfig({}, { SCORECARD_TOKENS: ' ' }).tokensEnv).toBeUndefined();
  });

  it('names where a bad store came from', () => {
    expect(() => resolveServeConfig({}, { SCORECARD_STORE: 'redis://x' })).toThrow(
      /unknown store scheme "redis:\/\/".*\(from SCORECARD_STORE\)$/
    );
    expect(() => resolveServeConfig({ store: 'redis://x' }, {})).toThrow(ConfigError);
  });

  it('refuses an unknown log level and an empty host', () => {
    expect(() => resolveServeConfig({}, { SCORECARD_LOG_LEVEL: 'loud' })).toThrow('invalid SCORECARD_LOG_LEVEL "loud"');
    expect(() => resolveServeConfig({ host: ' ' }, {})).toThrow('the host is empty (from --host)');
  });

  it('refuses relative source directories and URL variables that are not names', () => {
    const ok = { SCORECARD_SOURCE_DIRS: '/srv/a:/srv/b', SCORECARD_SOURCE_URL_ENVS: 'CRM_URL, SALES_URL' };
    expect(() => resolveServeConfig({}, ok)).not.toThrow();
    expect(() => resolveServeConfig({}, { SCORECARD_SOURCE_DIRS: '/srv/a:data' })).toThrow(
      new ConfigError('SCORECARD_SOURCE_DIRS must list absolute directories; "data" is relative')
    );
    expect(() => resolveServeConfig({}, { SCORECARD_SOURCE_URL_ENVS: 'CRM_URL,postgres://x' })).toThrow(
      'SCORECARD_SOURCE_URL_ENVS must list environment variable names such as SALES_DB_URL; entry 2 is not one'
    );
  });
});

describe('the organisation time zone', () => {
  it('comes from --time-zone, else SCORECARD_TIMEZONE, else UTC', () => {
    expect(resolveServeConfig({}, { SCORECARD_TIMEZONE: 'Europe/Berlin' }).timeZone).toBe('Europe/Berlin');
    expect(resolveServeConfig({ timeZone: 'Asia/Kolkata' }, { SCORECARD_TIMEZONE: 'Europe/Berlin' }).timeZone).toBe(
      'Asia/Kolkata'
    );
    expect(resolveServeConfig({}, { SCORECARD_TIMEZONE: '' }).timeZone).toBe('UTC');
  });

  it('refuses an unknown zone, naming it and where it came from', () => {
    expect(() => resolveServeConfig({}, { SCORECARD_TIMEZONE: 'Europe/Atlantis' })).toThrow(ConfigError);
    expect(() => resolveServeConfig({}, { SCORECARD_TIMEZONE: 'Europe/Atlantis' })).toThrow(
      'unknown time zone "Europe/Atlantis": use an IANA name such as UTC, Europe/Berlin or America/New_York (from SCORECARD_TIMEZONE)'
    );
  });
});

describe('parsePort', () => {
  it.each([
    ['0', 0],
    ['3100', 3100],
    ['65535', 65535],
    [' 80 ', 80],
  ])('accepts %j', (value, port) => {
    expect(parsePort(value, '--port')).toBe(port);
  });

  it.each(['abc', '', '-1', '65536', '3.5', '1e3', '0x10'])('refuses %j, naming the source', (value) => {
    expect(() => parsePort(value, 'SCORECARD_PORT')).toThrow(
      `invalid port "${value}" (from SCORECARD_PORT): expected an integer from 0 to 65535`
    );
  });
});
