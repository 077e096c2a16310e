export const MAX_IDENTITY_LENGTH = 200;

// control, format (zero-width, bidi overrides), separators other than space, and unassigned/private code points
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}]/u;

/** Why `name` cannot be an identity, or undefined when it can (one line, non-empty, visible characters). */
export function identityProblem(name: string): string | undefined {
  if (name.trim() === '') {
    return 'is empty';
  }
  if (name !== name.trim()) {
    return 'has leading or trailing spaces';
  }
  if (name.length > MAX_IDENTITY_LENGTH) {
    return `is longer than ${MAX_IDENTITY_LENGTH} characters`;
  }
  if (UNSAFE.test(name)) {
    return 'contains control, invisible or bidi-control characters';
  }
  return undefined;
}

/** The form identities are compared in: Unicode NFKC, lower case. */
export function identityKey(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

/** True when two identities name the same person or service ("Carol" is "carol"). */
export function sameIdentity(a: string, b: string): boolean {
  return identityKey(a) === identityKey(b);
}
