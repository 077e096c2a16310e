import type { Registry } from '../registry/types';
import type { Store } from '../store/store';
import type { KpiComputer } from '../query/types';
import { DeliveryWorker } from './delivery-worker';
import { kpiOutcomes } from './outcomes';
import { EscalationScheduler } from './scheduler';
import { selectedKpis } from './select';
import { EscalationService } from './service';

export const DEFAULT_ESCALATION_INTERVAL_MS = 60_000;
export const DEFAULT_GRAFANA_URL = 'http://localhost:3000';

export interface EscalationOptions {
  store: Store;
  registry: Registry;
  engine: KpiComputer;
  timeZone: string;
  now?: () => number;
  grafanaUrl?: string;
  intervalMs?: number;
  env?: Record<string, string | undefined>;
  /** [0, 1) for the retries' jitter. */
  random?: () => number;
  log?: (message: string, detail?: object) => void;
}

export interface Escalations {
  service: EscalationService;
  worker: DeliveryWorker;
  scheduler: EscalationScheduler;
  /** Starts evaluating on the schedule and delivering; the server calls it once it listens. */
  start(): void;
  stop(): Promise<void>;
}

/** The escalation service, its delivery worker and its scheduler over one store; nothing runs until start(). */
export function createEscalations(options: EscalationOptions): Escalations {
  const now = options.now ?? Date.now;
  const { registry, engine, timeZone } = options;
  let worker: DeliveryWorker | undefined;
  const service = new EscalationService({
    db: options.store.sql,
    registry,
    outcomes: (kpi, count, at) => kpiOutcomes({ registry, engine, timeZone }, kpi, count, at),
    select: (select, at) => selectedKpis(registry, select, at),
    timeZone,
    now,
    grafanaUrl: options.grafanaUrl ?? DEFAULT_GRAFANA_URL,
    enqueued: () => worker?.wake(),
  });
  worker = new DeliveryWorker({
    sql: options.store.sql,
    now,
    env: options.env ?? process.env,
    ...(options.random === undefined ? {} : { random: options.random }),
    ...(options.log === undefined ? {} : { log: options.log }),
  });
  const scheduler = new EscalationScheduler({
    evaluate: () => service.evaluate(),
    nextDue: () => service.nextDue(),
    intervalMs: options.intervalMs ?? DEFAULT_ESCALATION_INTERVAL_MS,
    now,
    ...(options.log === undefined ? {} : { log: options.log }),
  });
  const running = worker;
  return {
    service,
    worker: running,
    scheduler,
    start() {
      running.start();
      scheduler.start();
    },
    async stop() {
      await scheduler.stop();
      await running.stop();
    },
  };
}
