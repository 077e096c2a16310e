import { KIND_PATHS, KINDS, type ResourceDocument } from '../../core/schema';
import { type KnownResource } from '../../core/validate';
import { CliError, EXIT_FAILURE } from '../cli-error';
import { errorMessage } from '../error-message';
import { type ApplyOptions, type ApplyResult, type AuditVerify, type PlanEntry } from '../registry/types';
import { type RegistryTarget } from './target';

const text = (o: unknown, key: string): string | undefined => {
  const v = typeof o === 'object' && o !== null ? Reflect.get(o, key) : undefined;
  return typeof v === 'string' ? v : undefined;
};

/** "409 conflict: stale version (at body.x)" from the API's {error: {code, message, path}}. */
function describeError(status: number, json: unknown, raw: string): string {
  const e = typeof json === 'object' && json !== null ? Reflect.get(json, 'error') : undefined;
  const path = text(e, 'path');
  return `${status} ${text(e, 'code') ?? ''}: ${text(e, 'message') ?? raw}${path ? ` (at ${path})` : ''}`;
}

/** The registry of a running KPI server, through its HTTP API with a bearer token. */
export class RemoteTarget implements RegistryTarget {
  readonly where: string;

  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly author: string
  ) {
    this.where = baseUrl;
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetch(`${this.baseUrl.replace(/\/$/, '')}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.token}`,
          'x-grafana-user': this.author,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (err) {
      throw new CliError(`cannot reach the KPI server at ${this.baseUrl}: ${errorMessage(err)}`, EXIT_FAILURE);
    }
    const raw = await res.text();
    let json: unknown = null;
    try {
      json = raw === '' ? null : JSON.parse(raw);
    } catch {
      throw new CliError(
        `the KPI server at ${this.baseUrl} answered ${res.status} with non-JSON: ${raw.slice(0, 200)}`,
        EXIT_FAILURE
      );
    }
    if (!res.ok) {
      throw new CliError(`the KPI server answered ${describeError(res.status, json, raw)}`, EXIT_FAILURE);
    }
    // The server's responses follow the Registry types; the API contract is tested on the server side.
    return json as T;
  }

  async known(): Promise<KnownResource[]> {
    const known: KnownResource[] = [];
    for (const kind of KINDS) {
      const list = await this.call<Array<{ id: string }>>('GET', `/api/v1/${KIND_PATHS[kind]}`);
      for (const { id } of list) {
        if (kind !== 'Journey') {
          known.push({ kind, id });
          continue;
        }
        const latest = await this.call<{ document: ResourceDocument }>('GET', `/api/v1/journeys/${id}`);
        const stages = latest.document.kind === 'Journey' ? latest.document.spec.stages.map((s) => s.id) : [];
        known.push({ kind, id, stages });
      }
    }
    return known;
  }

  async plan(docs: ResourceDocument[], opts: { prune: boolean }): Promise<PlanEntry[]> {
    const res = await this.call<{ plan: PlanEntry[] }>('POST', '/api/v1/apply?dryRun=true', {
      documents: docs,
      prune: opts.prune,
    });
    return res.plan;
  }

  async apply(docs: ResourceDocument[], opts: ApplyOptions): Promise<ApplyResult> {
    const { overrideFreeze, ...rest } = opts;
    return this.call<ApplyResult>('POST', '/api/v1/apply', {
      documents: docs,
      ...rest,
      ...(overrideFreeze === undefined ? {} : { override: overrideFreeze }),
    });
  }

  async export(): Promise<ResourceDocument[]> {
    return this.call<ResourceDocument[]>('GET', '/api/v1/export');
  }

  verifyAudit(): Promise<AuditVerify> {
    return this.call<AuditVerify>('GET', '/api/v1/audit/verify');
  }

  async close(): Promise<void> {}
}
