import { z } from 'zod';
import { KIND_PATHS, KINDS, type ResourceDocument } from '../../core/schema';
import { type KnownResource } from '../../core/validate';
import { formatAuditHead } from '../registry/audit-head';
import {
  type ApplyOptions,
  type ApplyResult,
  type AuditHead,
  type AuditVerify,
  type PlanEntry,
} from '../registry/types';
import { ApiClient } from './api-client';
import { type RegistryTarget } from './target';

// The server's answers follow the Registry types (tested server-side); here only their outer shape is checked.
const listOf = <T>() => z.custom<T[]>((v) => Array.isArray(v), 'an array');
const objectWith = <T>(key: string) =>
  z.custom<T>((v) => typeof v === 'object' && v !== null && key in v, `an object with "${key}"`);

/** The registry of a running KPI server, through its HTTP API with a bearer token, which is also who acts. */
export class RemoteTarget implements RegistryTarget {
  readonly where: string;
  private readonly api: ApiClient;

  constructor(baseUrl: string, token: string) {
    this.where = baseUrl;
    this.api = new ApiClient(baseUrl, token);
  }

  async known(): Promise<KnownResource[]> {
    const known: KnownResource[] = [];
    for (const kind of KINDS) {
      for (const { id } of await this.api.call('GET', `/api/v1/${KIND_PATHS[kind]}`, listOf<{ id: string }>())) {
        if (kind !== 'Journey') {
          known.push({ kind, id });
          continue;
        }
        const latest = await this.api.call(
          'GET',
          `/api/v1/journeys/${id}`,
          objectWith<{ document: ResourceDocument }>('document')
        );
        const stages = latest.document.kind === 'Journey' ? latest.document.spec.stages.map((s) => s.id) : [];
        known.push({ kind, id, stages });
      }
    }
    return known;
  }

  async plan(docs: ResourceDocument[], opts: { prune: boolean }): Promise<PlanEntry[]> {
    const body = { json: { documents: docs, prune: opts.prune } };
    const res = await this.api.call(
      'POST',
      '/api/v1/apply?dryRun=true',
      objectWith<{ plan: PlanEntry[] }>('plan'),
      body
    );
    return res.plan;
  }

  apply(docs: ResourceDocument[], opts: ApplyOptions): Promise<ApplyResult> {
    const { overrideFreeze, ...rest } = opts;
    const json = { documents: docs, ...rest, ...(overrideFreeze === undefined ? {} : { override: overrideFreeze }) };
    return this.api.call('POST', '/api/v1/apply', objectWith<ApplyResult>('versions'), { json });
  }

  export(): Promise<ResourceDocument[]> {
    return this.api.call('GET', '/api/v1/export', listOf<ResourceDocument>());
  }

  verifyAudit(opts: { expectHead?: AuditHead } = {}): Promise<AuditVerify> {
    const query = opts.expectHead === undefined ? '' : `?expectHead=${formatAuditHead(opts.expectHead)}`;
    return this.api.call('GET', `/api/v1/audit/verify${query}`, objectWith<AuditVerify>('ok'));
  }

  async close(): Promise<void> {}
}
