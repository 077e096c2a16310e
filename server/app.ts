import Fastify, { FastifyInstance } from 'fastify';
import { installBearerAuth } from './auth/bearer';
import { TokenSet } from './auth/token-set';
import { installErrorHandlers } from './http/error-handlers';
import { clientErrorHandler, frameworkErrors, installClosingAnswer } from './http/framework-errors';
import { installTokenGate } from './http/token-gate';
import { checkInRoutes } from './routes/checkins';
import { eventRoutes } from './routes/events';
import { healthRoutes } from './routes/health';
import { QueryCache } from './query/query-cache';
import { Admission } from './query/admission';
import { queryRoutes } from './routes/query';
import { type Values } from './values/create-values';
import { registryRoutes } from './routes/registry';
import { maturityRoutes } from './routes/maturity';
import { maturityReportRoutes } from './routes/maturity-report';
import { benchmarkRoutes } from './routes/benchmarks';
import { kpiBenchmarkRoutes } from './routes/kpi-benchmarks';
import { appApiRoutes, duplicateRoutes } from './routes/app-api';
import { createMaturity } from './maturity/create-maturity';
import { createEscalations, type Escalations } from './escalation/create-escalations';
import { escalationRoutes } from './routes/escalations';
import { metricsRoutes } from './routes/metrics';
import { listEscalations } from './escalation/repo';
import { type Registry } from './registry/types';
import { changeWatch, sharedRefresh } from './store/change-watch';
import { Store } from './store/store';
import { readPackageVersion } from './version';

export interface AppLogOptions {
  level?: string;
  /** Where JSON log lines go (default stdout); tests pass a collecting stream. */
  stream?: { write(line: string): void };
}

export interface BuildAppOptions {
  store: Store;
  tokens: TokenSet;
  /** Defaults to the version in package.json. */
  version?: string;
  /** false turns logging off (default: JSON logs at info to stdout). */
  logger?: AppLogOptions | false;
  /** Largest accepted request body in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** The KPI registry; without it only /api/health is served. */
  registry?: Registry;
  /** The value engine behind POST /api/v1/query (with the registry). */
  values?: Values;
  /** The organisation's zone for maturity cycle dates when there are no values (default the values' zone, else UTC). */
  timeZone?: string;
  /** How many queries run and wait at once before POST /api/v1/query answers 503 (default DEFAULT_ADMISSION). */
  queryAdmission?: Admission;
  /** Escalations (with registry and values); created, not started, when absent. */
  escalations?: Escalations;
}

// Large enough for an apply of a few thousand documents.
export const DEFAULT_BODY_LIMIT = 8 * 1024 * 1024;

/** Paths pino replaces with "[redacted]" wherever they appear in a log line. */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'authorization',
  'token',
  'tokens',
  '*.token',
  '*.tokens',
];

function loggerOptions(logger: AppLogOptions | false | undefined) {
  if (logger === false) {
    return false;
  }
  return {
    level: logger?.level ?? 'info',
    redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
    ...(logger?.stream === undefined ? {} : { stream: logger.stream }),
  };
}

/** Creates the server: plugins (auth, error handlers) first, then routes. Call `ready()` or `listen()` next. */
export function buildApp(options: BuildAppOptions): FastifyInstance {
  const app = Fastify({
    logger: loggerOptions(options.logger),
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    frameworkErrors,
    clientErrorHandler,
    return503OnClosing: false,
  });
  installErrorHandlers(app);
  installClosingAnswer(app);
  installBearerAuth(app, options.tokens);
  installTokenGate(app);
  const version = options.version ?? readPackageVersion();
  app.register(healthRoutes, { store: options.store, version });
  if (options.registry) {
    app.register(registryRoutes, { registry: options.registry });
    app.register(eventRoutes, { store: options.store });
    app.register(checkInRoutes, { store: options.store, registry: options.registry });
    const timeZone = options.timeZone ?? options.values?.timeZone ?? 'UTC';
    const maturity = createMaturity(options.store.sql, { registry: options.registry, timeZone, now: () => new Date() });
    app.register(maturityRoutes, maturity);
    app.register(maturityReportRoutes, maturity);
    app.register(appApiRoutes, { registry: options.registry });
    app.register(benchmarkRoutes, maturity);
  }
  const { registry, values } = options;
  if (registry && values) {
    const escalations =
      options.escalations ??
      createEscalations({ store: options.store, registry, engine: values.engine, timeZone: values.timeZone });
    app.register(escalationRoutes, { escalations: escalations.service });
    app.register(metricsRoutes, {
      registry,
      engine: values.engine,
      timeZone: values.timeZone,
      unresolved: () => escalations.service.unresolved(),
    });
    const cache = new QueryCache();
    // an evaluation by the scheduler changes escalations that annotations and decision latency show
    escalations.service.onChange(() => cache.invalidate());
    const invalidate = () => {
      values.engine.invalidateAll();
      values.funnels?.invalidate();
      cache.invalidate();
    };
    app.register(kpiBenchmarkRoutes, { registry, engine: values.engine, timeZone: values.timeZone });
    app.register(duplicateRoutes, { registry, engine: values.engine, timeZone: values.timeZone });
    app.register(queryRoutes, {
      registry,
      engine: values.engine,
      checkIns: values.checkIns,
      timeZone: values.timeZone,
      ...(values.funnels === undefined ? {} : { funnels: values.funnels }),
      sql: options.store.sql,
      escalations: (filter) => listEscalations(options.store.sql, filter),
      cache,
      admission: options.queryAdmission ?? new Admission(),
      // other replicas on the same PostgreSQL write too
      refresh: sharedRefresh(changeWatch(options.store.sql), invalidate),
    });
    // Any successful write (versions, approvals, events, check-ins) may change computed values; dropped before
    // the answer leaves, so a client that queries right after it never reads what the write replaced.
    app.addHook('onSend', async (request, reply, payload) => {
      const url = request.routeOptions.url ?? '';
      const write =
        request.method !== 'GET' &&
        url !== '/api/v1/query' &&
        !/^\/api\/v1\/(maturity|benchmarks|escalations)(\/|$)/.test(url);
      if (write && request.url.startsWith('/api/v1/') && reply.statusCode < 300) {
        invalidate();
        escalations.scheduler.trigger();
      }
      return payload;
    });
  }
  return app;
}
