import { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../http/http-error';
import { type CredentialKind } from './identity';
import { Role, roleAtLeast } from './roles';
import { TokenSet } from './token-set';

/** What the bearer token proves; the acting identity follows from it (see actorOf). */
export interface AuthContext {
  role: Role;
  /** The token's person or service; for a grafana token, the fallback when no X-Grafana-User is sent. */
  name: string;
  kind: CredentialKind;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when the request carried a valid bearer token; null when it carried none. */
    auth: AuthContext | null;
  }
}

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;
const CHALLENGE = { 'www-authenticate': 'Bearer realm="scorecard"' };

export function unauthorized(message: string): HttpError {
  return new HttpError(401, 'unauthorized', message, undefined, CHALLENGE);
}

/** The token of an `Authorization: Bearer <token>` header; undefined when absent; throws 401 when malformed. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) {
    return undefined;
  }
  const token = BEARER.exec(header)?.[1];
  if (token === undefined) {
    throw unauthorized('the Authorization header must be "Bearer <token>"');
  }
  return token;
}

/** Resolves `request.auth` on every request: no header → null (routes decide), a bad token → 401. */
export function installBearerAuth(app: FastifyInstance, tokens: TokenSet): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const token = bearerToken(request.headers.authorization);
    if (token === undefined) {
      return;
    }
    const credential = tokens.credentialFor(token);
    if (credential === undefined) {
      throw unauthorized('the bearer token is not valid');
    }
    request.auth = credential;
  });
}

/** A preHandler for routes that need at least `role`: 401 without a token, 403 with a weaker one. */
export function requireRole(role: Role): (request: FastifyRequest) => Promise<void> {
  return async (request) => {
    if (request.auth === null) {
      throw unauthorized(`this needs a bearer token with the ${role} role`);
    }
    if (!roleAtLeast(request.auth.role, role)) {
      throw new HttpError(403, 'forbidden', `this needs the ${role} role; the token has ${request.auth.role}`);
    }
  };
}
