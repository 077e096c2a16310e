import { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type Kind, documentSchemas, type ResourceDocument } from '../../../core/schema';
import { identityProblem, sameIdentity } from '../../auth/identity';
import { HttpError } from '../../http/http-error';
import { type Actor } from '../../registry/types';

const USER_HEADER = 'x-grafana-user';

function grafanaUser(request: FastifyRequest): string | undefined {
  const header = request.headers[USER_HEADER];
  const user = (Array.isArray(header) ? header.join(',') : (header ?? '')).trim();
  if (user === '') {
    return undefined;
  }
  const problem = identityProblem(user);
  if (problem !== undefined) {
    throw new HttpError(400, 'invalid_request', `X-Grafana-User ${problem}`, `headers.${USER_HEADER}`);
  }
  return user;
}

/** The acting identity: the token's person or service; with Grafana's proxy token, the X-Grafana-User it asserts. */
export function actorOf(request: FastifyRequest): Actor {
  const auth = request.auth;
  if (auth === null) {
    throw new HttpError(401, 'unauthorized', 'this needs a bearer token');
  }
  const user = grafanaUser(request);
  if (auth.kind === 'grafana') {
    return { name: user ?? auth.name, role: auth.role, credential: 'grafana' };
  }
  if (user !== undefined && !sameIdentity(user, auth.name)) {
    throw new HttpError(
      403,
      'forbidden',
      `this token is the ${auth.kind} ${auth.name}'s: only Grafana's proxy token may name another user in X-Grafana-User`,
      `headers.${USER_HEADER}`
    );
  }
  return { name: auth.name, role: auth.role, credential: auth.kind };
}

/** `If-Match: 3`, `"3"` or an ETag `"3.approved"` → 3; absent → undefined; anything else → 400. */
export function ifMatchOf(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) {
    return undefined;
  }
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^\s*(?:W\/)?"?(\d+)(?:\.[a-z]+)?"?\s*$/.exec(value ?? '');
  if (!match?.[1]) {
    throw new HttpError(
      400,
      'invalid_request',
      `If-Match must be a version number, got "${value}"`,
      'headers.if-match'
    );
  }
  return Number(match[1]);
}

export function pathOf(path: PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/** Validates a document against its kind's schema; every problem is named, the first one's path is given. */
export function parseDocument(body: unknown, kind: Kind, where = 'body'): ResourceDocument {
  const result = documentSchemas[kind].safeParse(body);
  if (result.success) {
    return result.data;
  }
  throw invalid(result.error, where);
}

export function invalid(error: z.ZodError, where: string): HttpError {
  const problems = error.issues.map((i) => `${pathOf([where, ...i.path])}: ${i.message}`);
  const first = error.issues[0];
  const summary = problems.length === 1 ? 'invalid document' : `invalid document (${problems.length} problems)`;
  return new HttpError(400, 'invalid', `${summary}: ${problems.join('; ')}`, pathOf([where, ...(first?.path ?? [])]));
}

export function positiveInt(value: string, name: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new HttpError(400, 'invalid_request', `${name} must be a positive integer, got "${value}"`, name);
  }
  return Number(value);
}
