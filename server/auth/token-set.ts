import { createHash, timingSafeEqual } from 'node:crypto';
import { type CredentialKind, identityKey, identityProblem } from './identity';
import { Role } from './roles';

export interface TokenEntry {
  role: Role;
  token: string;
  /** Where the token came from, for error messages (never the token itself). */
  origin: string;
  /** The identity of a person or service token; default: the role's name (a bare `role=token` entry). */
  name?: string;
  /** Default `service`. */
  kind?: CredentialKind;
}

/** What a valid token proves: its role, whose it is, and whether it may assert X-Grafana-User (grafana). */
export interface Credential {
  role: Role;
  name: string;
  kind: CredentialKind;
}

interface HashedToken extends Credential {
  hash: Buffer;
}

export const MIN_TOKEN_LENGTH = 16;

export class TokenConfigError extends Error {
  override readonly name = 'TokenConfigError';
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

function credentialOf(entry: TokenEntry): Credential {
  return { role: entry.role, name: entry.name ?? entry.role, kind: entry.kind ?? 'service' };
}

const sameCredential = (a: Credential, b: Credential): boolean =>
  a.role === b.role && a.kind === b.kind && identityKey(a.name) === identityKey(b.name);

/** Bearer tokens and what they prove; only SHA-256 hashes are kept, compared in constant time. */
export class TokenSet {
  private readonly hashes: readonly HashedToken[];

  constructor(entries: readonly TokenEntry[]) {
    const seen = new Map<string, TokenEntry>();
    const kinds = new Map<string, { kind: CredentialKind; origin: string }>();
    for (const entry of entries) {
      checkToken(entry);
      const credential = credentialOf(entry);
      const previous = seen.get(entry.token);
      if (previous !== undefined && !sameCredential(credentialOf(previous), credential)) {
        throw new TokenConfigError(
          `${entry.origin} reuses the token of ${previous.origin} for a different role or identity`
        );
      }
      const named = kinds.get(identityKey(credential.name));
      if (named !== undefined && named.kind !== credential.kind) {
        throw new TokenConfigError(
          `${entry.origin}: "${credential.name}" is a ${named.kind} in ${named.origin}, not a ${credential.kind}`
        );
      }
      kinds.set(identityKey(credential.name), { kind: credential.kind, origin: entry.origin });
      seen.set(entry.token, entry);
    }
    this.hashes = [...seen.values()].map((e) => ({ ...credentialOf(e), hash: sha256(e.token) }));
  }

  get size(): number {
    return this.hashes.length;
  }

  roles(): Role[] {
    return [...new Set(this.hashes.map((h) => h.role))];
  }

  /** What a presented token proves, or undefined; compares against every entry so timing reveals nothing. */
  credentialFor(token: string): Credential | undefined {
    const presented = sha256(token);
    let match: Credential | undefined;
    for (const entry of this.hashes) {
      if (timingSafeEqual(presented, entry.hash) && match === undefined) {
        match = { role: entry.role, name: entry.name, kind: entry.kind };
      }
    }
    return match;
  }

  /** The role of a presented token, or undefined. */
  roleFor(token: string): Role | undefined {
    return this.credentialFor(token)?.role;
  }
}

function checkToken(entry: TokenEntry): void {
  if (entry.token.length < MIN_TOKEN_LENGTH) {
    throw new TokenConfigError(
      `${entry.origin}: the ${entry.role} token is too short (${entry.token.length} characters, at least ${MIN_TOKEN_LENGTH} needed)`
    );
  }
  if (/\s/.test(entry.token)) {
    throw new TokenConfigError(`${entry.origin}: the ${entry.role} token contains whitespace`);
  }
  const problem = entry.name === undefined ? undefined : identityProblem(entry.name);
  if (problem !== undefined) {
    throw new TokenConfigError(`${entry.origin}: the name ${problem}`);
  }
}
