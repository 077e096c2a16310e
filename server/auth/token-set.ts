import { createHash, timingSafeEqual } from 'node:crypto';
import { Role } from './roles';

export interface TokenEntry {
  role: Role;
  token: string;
  /** Where the token came from, for error messages (never the token itself). */
  origin: string;
}

interface HashedToken {
  role: Role;
  hash: Buffer;
}

export const MIN_TOKEN_LENGTH = 16;

export class TokenConfigError extends Error {
  override readonly name = 'TokenConfigError';
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Bearer tokens and their roles; only SHA-256 hashes are kept, compared in constant time. */
export class TokenSet {
  private readonly hashes: readonly HashedToken[];

  constructor(entries: readonly TokenEntry[]) {
    const seen = new Map<string, TokenEntry>();
    for (const entry of entries) {
      checkToken(entry);
      const previous = seen.get(entry.token);
      if (previous !== undefined && previous.role !== entry.role) {
        throw new TokenConfigError(
          `${entry.origin} reuses the token of ${previous.origin} for a different role (${previous.role} vs ${entry.role})`
        );
      }
      seen.set(entry.token, entry);
    }
    this.hashes = [...seen.values()].map((e) => ({ role: e.role, hash: sha256(e.token) }));
  }

  get size(): number {
    return this.hashes.length;
  }

  roles(): Role[] {
    return [...new Set(this.hashes.map((h) => h.role))];
  }

  /** The role of a presented token, or undefined; compares against every entry so timing reveals nothing. */
  roleFor(token: string): Role | undefined {
    const presented = sha256(token);
    let match: Role | undefined;
    for (const entry of this.hashes) {
      if (timingSafeEqual(presented, entry.hash) && match === undefined) {
        match = entry.role;
      }
    }
    return match;
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
}
