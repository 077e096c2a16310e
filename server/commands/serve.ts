import { dirname } from 'node:path';
import { Command } from 'commander';
import { ensureDemoAppTokens, ensureDemoTokens } from '../auth/demo-tokens';
import { loadTokens } from '../auth/token-sources';
import { TokenConfigError, TokenSet } from '../auth/token-set';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from '../cli-error';
import { errorMessage } from '../error-message';
import { ConfigError, resolveServeConfig, ServeConfig, ServeFlags } from '../config';
import { DEFAULT_DEMO_SEED, parseCount } from './demo';
import { seedEmptyStore } from '../demo/serve-seed';
import { MIN_DEMO_EVENTS } from '../demo/generate';
import { EVENTS_AT_SCALE_1 } from '../demo/model';
import { cliProgress, lineProgress } from '../events/progress';
import { RunningServer, startServer } from '../server';
import { describeStoreLocation } from '../store/store-spec';
import { startLocalReceiver } from '../escalation/local-receiver';

export const DEMO_RECEIVER_PORT = 3101;

const NO_TOKENS = [
  'no API token is configured, so the server will not start. Configure one of:',
  '  SCORECARD_TOKENS="admin=<token>,viewer=<token>"  (roles: viewer, editor, approver, admin; tokens of 16+ characters, e.g. `openssl rand -base64 32`)',
  "    or named: alice:approver=<token> (a person), ci:approver:service=<token>, grafana:viewer:grafana=<token> (Grafana's proxy)",
  '  --tokens-file <file.json|.yaml> (or SCORECARD_TOKENS_FILE) containing {"admin": "<token>", "viewer": "<token>"}',
  '    or {"tokens": [{"name": "alice", "role": "approver", "kind": "person", "token": "<token>"}]}',
  '  scorecard serve --demo  to generate demo tokens next to the store',
].join('\n');

function demoDir(config: ServeConfig): string {
  return config.store.kind === 'duckdb' && config.store.path !== ':memory:' ? dirname(config.store.path) : './data';
}

async function resolveTokens(config: ServeConfig): Promise<TokenSet> {
  const files = config.tokensFile === undefined ? [] : [config.tokensFile];
  if (config.demo) {
    const demo = await ensureDemoTokens(demoDir(config));
    const verb = demo.created ? 'wrote' : 'reusing';
    process.stderr.write(`scorecard: demo mode: ${verb} admin and viewer tokens in ${demo.path}\n`);
    const app = await ensureDemoAppTokens(demoDir(config));
    const appVerb = app.created ? 'wrote' : 'reusing';
    process.stderr.write(
      `scorecard: demo mode: ${appVerb} the app's Grafana-proxy tokens (viewer, editor, approver) in ${app.path}\n`
    );
    files.push(demo.path, app.path);
  }
  const tokens = await loadTokens({ ...(config.tokensEnv === undefined ? {} : { env: config.tokensEnv }), files });
  if (tokens.size === 0) {
    throw new CliError(NO_TOKENS, EXIT_USAGE);
  }
  return tokens;
}

/** First SIGTERM/SIGINT closes gracefully and exits 0; a second one exits at once. */
function exitOnSignals(server: RunningServer): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.stderr.write(`scorecard: ${signal} again, exiting without waiting\n`);
      process.exit(EXIT_FAILURE);
    }
    stopping = true;
    server.app.log.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`scorecard: shutdown failed: ${errorMessage(err)}\n`);
        process.exit(EXIT_FAILURE);
      }
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/** Events `serve --demo` seeds into an empty store: SCORECARD_DEMO_EVENTS (0 turns seeding off), default 1,000,000. */
function demoEvents(env: NodeJS.ProcessEnv): number {
  const text = env.SCORECARD_DEMO_EVENTS ?? String(EVENTS_AT_SCALE_1);
  return text.trim() === '0' ? 0 : parseCount(text, 'SCORECARD_DEMO_EVENTS', MIN_DEMO_EVENTS);
}

/** An empty store gets the example organisation and the demo events, so a first `npm start` shows data. */
async function seedDemoData(server: RunningServer, events: number): Promise<void> {
  try {
    const progress = cliProgress('scorecard: demo mode: seeding events');
    const result = await seedEmptyStore(server.store, { events, seed: DEFAULT_DEMO_SEED, progress });
    if (result?.seeded) {
      const n = result.summary.events.toLocaleString('en-US');
      const s = (result.totalMs / 1000).toFixed(1);
      process.stderr.write(
        `scorecard: demo mode: the store was empty: seeded ${n} demo events and the example organisation in ${s} s\n`
      );
    }
  } catch (err) {
    process.stderr.write(
      `scorecard: demo mode: could not seed the demo data (the server runs on): ${errorMessage(err)}\n`
    );
  }
}

/** The demo's escalation policy notifies 127.0.0.1:3101; a taken port leaves whatever listens there to receive. */
async function startDemoReceiver(server: RunningServer): Promise<void> {
  const port = Number(process.env.SCORECARD_DEMO_RECEIVER_PORT ?? DEMO_RECEIVER_PORT);
  try {
    const receiver = await startLocalReceiver({ port, host: '127.0.0.1' });
    server.app.addHook('onClose', () => receiver.close());
    process.stdout.write(`scorecard: demo mode: escalation notices arrive at the demo receiver ${receiver.url}\n`);
  } catch (err) {
    process.stderr.write(`scorecard: demo mode: no demo receiver on port ${port}: ${errorMessage(err)}\n`);
  }
}

/** Pre-aggregates KPIs defined since the store last served (queries build what they need meanwhile). */
async function warmValues(server: RunningServer): Promise<void> {
  const started = performance.now();
  try {
    // a line every 5 s while it lasts; the end goes to the log
    const lines = lineProgress('scorecard: building pre-aggregates (KPIs)', process.stderr, 5000);
    const n = await server.warm({ ...lines, stop: () => undefined });
    const s = ((performance.now() - started) / 1000).toFixed(1);
    server.app.log.info({ kpis: n, seconds: Number(s) }, 'pre-aggregates ready');
    const copied = performance.now();
    if (await server.warmFunnels()) {
      const seconds = Number(((performance.now() - copied) / 1000).toFixed(1));
      server.app.log.info({ seconds }, 'funnel copy of the events ready');
    }
  } catch (err) {
    server.app.log.warn({ err: errorMessage(err) }, 'pre-aggregates could not be built; queries read events');
  }
}

export async function runServe(flags: ServeFlags): Promise<RunningServer> {
  let config: ServeConfig;
  let tokens: TokenSet;
  let seedEvents = 0;
  try {
    config = resolveServeConfig(flags);
    seedEvents = config.demo ? demoEvents(process.env) : 0;
    tokens = await resolveTokens(config);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof TokenConfigError) {
      throw new CliError(err.message, EXIT_USAGE);
    }
    throw err;
  }
  const server = await startServer(config, tokens);
  if (config.demo) {
    await startDemoReceiver(server);
  }
  exitOnSignals(server);
  if (seedEvents > 0) {
    await seedDemoData(server, seedEvents);
  }
  const store = `${config.store.kind} ${describeStoreLocation(config.store)}`;
  process.stdout.write(`scorecard server listening on ${server.url} (store: ${store})\n`);
  void warmValues(server);
  return server;
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('run the KPI server')
    .option('--store <store>', 'DuckDB file or postgres:// URL (env SCORECARD_STORE, default ./data/scorecard.duckdb)')
    .option('--port <port>', 'port to listen on, 0 for any free port (env SCORECARD_PORT, default 3100)')
    .option('--host <host>', 'address to listen on (env SCORECARD_HOST, default 127.0.0.1)')
    .option('--tokens-file <path>', 'JSON or YAML file of role tokens (env SCORECARD_TOKENS_FILE)')
    .option(
      '--time-zone <zone>',
      'IANA time zone of reporting periods and day buckets (env SCORECARD_TIMEZONE, default UTC)'
    )
    .option(
      '--demo',
      "generate admin and viewer tokens into <store dir>/demo-tokens.json and the app's into demo-app-tokens.json, and use them"
    )
    .action(async (flags: ServeFlags) => {
      await runServe(flags);
    });
}
