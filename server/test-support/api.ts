import { type Admission } from '../query/admission';
import { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { createRegistry } from '../registry';
import { type Registry } from '../registry/types';
import { type Store } from '../store/store';
import { type StorePlace } from '../store/store-contract';
import { createValues, type Values } from '../values/create-values';
import { ADMIN_TOKEN, APPROVER_TOKEN, EDITOR_TOKEN, GRAFANA_TOKENS, testTokens, VIEWER_TOKEN } from './fixtures';

export const TOKENS = { viewer: VIEWER_TOKEN, editor: EDITOR_TOKEN, approver: APPROVER_TOKEN, admin: ADMIN_TOKEN };
export type TestRole = keyof typeof TOKENS;

export interface ApiCall {
  as?: TestRole | 'none';
  /** Sent as X-Grafana-User with Grafana's proxy token of the role (unless `token` says otherwise). */
  user?: string;
  /** A bearer token instead of the role's. */
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The app with a real registry on `store`, and a caller that sends a role's token, or Grafana's and an X-Grafana-User. */
export async function apiOn(
  store: Store,
  extra: { registry?: Registry; values?: Values; queryAdmission?: Admission } = {}
) {
  const registry = extra.registry ?? (await createRegistry(store));
  const app: FastifyInstance = buildApp({
    store,
    tokens: testTokens(),
    logger: false,
    registry,
    ...(extra.values ? { values: extra.values } : {}),
    ...(extra.queryAdmission ? { queryAdmission: extra.queryAdmission } : {}),
  });
  await app.ready();
  const call = (
    method: 'GET' | 'PUT' | 'POST' | 'DELETE',
    url: string,
    opts: ApiCall = {}
  ): Promise<LightMyRequestResponse> => {
    const role = opts.as ?? 'admin';
    const token = role === 'none' ? undefined : (opts.token ?? (opts.user ? GRAFANA_TOKENS : TOKENS)[role]);
    const headers: Record<string, string> = {
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...(opts.user ? { 'x-grafana-user': opts.user } : {}),
      ...(opts.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...opts.headers,
    };
    const payload = opts.body === undefined ? {} : { payload: JSON.stringify(opts.body) };
    return app.inject({ method, url, headers, ...payload });
  };
  return { app, call };
}

/** In a describe block: a fresh store from `newPlace`, migrated, with the app on it; closed and disposed after. */
export function useApiOn(newPlace: () => Promise<StorePlace>, options: { values?: { timeZone: string } } = {}) {
  const ctx: { place?: StorePlace; store?: Store; api?: Awaited<ReturnType<typeof apiOn>>; values?: Values } = {};
  beforeAll(async () => {
    ctx.place = await newPlace();
    ctx.store = await ctx.place.open();
    await ctx.store.migrate();
    if (options.values === undefined) {
      ctx.api = await apiOn(ctx.store);
      return;
    }
    const { timeZone } = options.values;
    const registry = await createRegistry(ctx.store, { timeZone });
    ctx.values = createValues(ctx.store, registry, timeZone);
    ctx.api = await apiOn(ctx.store, { registry, values: ctx.values });
  });
  afterAll(async () => {
    await ctx.api?.app.close();
    await ctx.values?.close();
    await ctx.store?.close();
    await ctx.place?.dispose();
  });
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) {
      throw new Error(`${what} is not ready: use it inside tests or a later beforeAll`);
    }
    return value;
  };
  return {
    get api() {
      return need(ctx.api, 'the API');
    },
    get store() {
      return need(ctx.store, 'the store');
    },
    /** With `options.values`: the value engine the API queries (its registry in that zone). */
    get values() {
      return need(ctx.values, 'the values (pass options.values)');
    },
  };
}
