import { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { TokenSet } from './auth/token-set';
import { CliError, EXIT_FAILURE } from './cli-error';
import { ServeConfig } from './config';
import { errorCode, errorMessage } from './error-message';
import { createRegistry } from './registry';
import { createValues, type Values } from './values/create-values';
import { createEscalations } from './escalation/create-escalations';
import { openStore } from './store/open-store';
import { Store } from './store/store';
import { describeStoreLocation } from './store/store-spec';

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  /** The address actually bound, e.g. http://127.0.0.1:3100 (port 0 resolved). */
  url: string;
  /** Builds missing pre-aggregates (see Values.warm). */
  warm: Values['warm'];
  /** Builds the funnels' copy of the events (see Values.warmFunnels). */
  warmFunnels: Values['warmFunnels'];
  /** Stops accepting, finishes in-flight requests, then closes the store. */
  close(): Promise<void>;
}

function boundUrl(app: FastifyInstance, fallbackHost: string, fallbackPort: number): string {
  const address = app.server.address();
  const host = typeof address === 'object' && address !== null ? address.address : fallbackHost;
  const port = typeof address === 'object' && address !== null ? address.port : fallbackPort;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

async function openAndMigrate(config: ServeConfig): Promise<Store> {
  const location = describeStoreLocation(config.store);
  let store: Store;
  try {
    store = await openStore(config.store);
  } catch (err) {
    throw new CliError(`cannot open the ${config.store.kind} store ${location}: ${errorMessage(err)}`, EXIT_FAILURE);
  }
  try {
    await store.migrate();
    return store;
  } catch (err) {
    await store.close();
    throw new CliError(`cannot migrate the store ${location}: ${errorMessage(err)}`, EXIT_FAILURE);
  }
}

/** Opens and migrates the store, then listens; failures come back as CliError with exit code 1. */
export async function startServer(config: ServeConfig, tokens: TokenSet): Promise<RunningServer> {
  const store = await openAndMigrate(config);
  const registry = await createRegistry(store, { timeZone: config.timeZone });
  const values = createValues(store, registry, config.timeZone);
  const logTo: { app?: FastifyInstance } = {};
  const escalations = createEscalations({
    log: (message, detail) => logTo.app?.log.warn(detail ?? {}, message),
    store,
    registry,
    engine: values.engine,
    timeZone: config.timeZone,
    ...(config.grafanaUrl === undefined ? {} : { grafanaUrl: config.grafanaUrl }),
    ...(config.escalationIntervalMs === undefined ? {} : { intervalMs: config.escalationIntervalMs }),
  });
  const app = buildApp({ store, tokens, registry, values, escalations, logger: { level: config.logLevel } });
  logTo.app = app;
  app.addHook('onClose', () => escalations.stop());
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await app.close();
    await values.close();
    await store.close();
    if (errorCode(err) === 'EADDRINUSE') {
      throw new CliError(
        `port ${config.port} on ${config.host} is already in use: stop the other process or pick another port with --port or SCORECARD_PORT`,
        EXIT_FAILURE
      );
    }
    throw new CliError(`cannot listen on ${config.host}:${config.port}: ${errorMessage(err)}`, EXIT_FAILURE);
  }
  escalations.start();
  return {
    app,
    store,
    url: boundUrl(app, config.host, config.port),
    warm: (progress) => values.warm(progress),
    warmFunnels: () => values.warmFunnels(),
    async close() {
      await app.close();
      await values.close();
      await store.close();
    },
  };
}
