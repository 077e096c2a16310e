import {
  escalationList,
  type EscalationListQuery,
  escalationView,
  type EscalationView,
  evaluationSummary,
  type EvaluationSummary,
} from '../../core/escalation/api';
import { ApiClient } from '../client/api-client';
import { chooseTarget, onLocalStore } from '../client/choose-target';
import { type TargetFlags } from '../client/target';
import { resolveTimeZone } from '../config';
import { createRegistry } from '../registry';
import { type Actor } from '../registry/types';
import { createValues } from '../values/create-values';
import { createEscalations, type Escalations } from './create-escalations';

/** What the escalation commands need, from a local store (as its admin) or a running server alike. */
export interface EscalationTarget {
  readonly where: string;
  list(query: EscalationListQuery): Promise<EscalationView[]>;
  get(id: string): Promise<EscalationView>;
  /** Evaluates every policy; on a local store every command that queues notices then tries each once. */
  evaluate(): Promise<EvaluationSummary & { delivered?: number; failed?: number; retrying?: number }>;
  acknowledge(id: string, note: string | undefined): Promise<EscalationView>;
  resolve(id: string, note: string): Promise<EscalationView>;
  close(): Promise<void>;
}

const enc = encodeURIComponent;

class RemoteEscalations implements EscalationTarget {
  private readonly api: ApiClient;

  constructor(
    readonly where: string,
    token: string
  ) {
    this.api = new ApiClient(where, token);
  }

  async list(query: EscalationListQuery) {
    const params = new URLSearchParams(
      Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]))
    ).toString();
    const answer = await this.api.call('GET', `/api/v1/escalations${params ? `?${params}` : ''}`, escalationList);
    return answer.escalations;
  }

  get(id: string) {
    return this.api.call('GET', `/api/v1/escalations/${enc(id)}`, escalationView);
  }

  evaluate() {
    return this.api.call('POST', '/api/v1/escalations', evaluationSummary);
  }

  acknowledge(id: string, note: string | undefined) {
    return this.api.call('POST', `/api/v1/escalations/${enc(id)}/ack`, escalationView, {
      json: note === undefined ? {} : { note },
    });
  }

  resolve(id: string, note: string) {
    return this.api.call('POST', `/api/v1/escalations/${enc(id)}/resolve`, escalationView, { json: { note } });
  }

  async close() {}
}

class LocalEscalations implements EscalationTarget {
  constructor(
    readonly where: string,
    private readonly escalations: Escalations,
    private readonly as: Actor,
    private readonly closeAll: () => Promise<void>
  ) {}

  list(query: EscalationListQuery) {
    const { from, to, ...rest } = query;
    return this.escalations.service.list({
      ...rest,
      ...(from === undefined ? {} : { from: Date.parse(from) }),
      ...(to === undefined ? {} : { to: Date.parse(to) }),
    });
  }

  get(id: string) {
    return this.escalations.service.get(id);
  }

  async evaluate() {
    const summary = await this.escalations.service.evaluate();
    const tick = await this.escalations.worker.tick();
    return { ...summary, delivered: tick.delivered, failed: tick.failed, retrying: tick.retried };
  }

  async acknowledge(id: string, note: string | undefined) {
    const view = await this.escalations.service.acknowledge(id, this.as, note);
    await this.escalations.worker.tick();
    return view;
  }

  async resolve(id: string, note: string) {
    const view = await this.escalations.service.resolve(id, this.as, note);
    await this.escalations.worker.tick();
    return view;
  }

  close() {
    return this.closeAll();
  }
}

/** --server/--token (or SCORECARD_SERVER/TOKEN), else the local store with its registry and values. */
export async function openEscalationTarget(flags: TargetFlags): Promise<EscalationTarget> {
  const choice = await chooseTarget(flags);
  if (choice.kind === 'remote') {
    return new RemoteEscalations(choice.server, choice.token);
  }
  return onLocalStore(choice, async () => {
    const { store } = choice;
    await store.migrate();
    const timeZone = resolveTimeZone(undefined);
    const registry = await createRegistry(store, { timeZone });
    const values = createValues(store, registry, timeZone);
    const escalations = createEscalations({ store, registry, engine: values.engine, timeZone });
    const actor: Actor = { name: choice.author, role: 'admin', credential: 'local' };
    return new LocalEscalations(choice.where, escalations, actor, async () => {
      await values.close();
      await store.close();
    });
  });
}
