/** Thrown for values JSON cannot represent; `path` points at the value, e.g. `$.spec.target`. */
export class CanonicalJsonError extends Error {
  override readonly name = 'CanonicalJsonError';
  constructor(
    readonly path: string,
    what: string
  ) {
    super(`canonicalJson: ${what} at ${path} is not JSON`);
  }
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (typeof value === 'number') {
    return String(value);
  }
  if (typeof value === 'object' && value !== null) {
    return `an instance of ${value.constructor?.name ?? 'a class'}`;
  }
  return `a ${typeof value}`;
}

function encode(value: unknown, path: string, seen: Set<object>): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new CanonicalJsonError(path, describe(value));
    }
    // ECMAScript's shortest round-trip form, -0 written as 0 (as RFC 8785 does)
    return JSON.stringify(value);
  }
  if (typeof value !== 'object') {
    throw new CanonicalJsonError(path, describe(value));
  }
  if (seen.has(value)) {
    throw new CanonicalJsonError(path, 'a circular reference');
  }
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      return `[${value.map((item, i) => encode(item, `${path}[${i}]`, seen)).join(',')}]`;
    }
    if (!isPlainObject(value)) {
      throw new CanonicalJsonError(path, describe(value));
    }
    const members = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${encode(value[key], `${path}.${key}`, seen)}`);
    return `{${members.join(',')}}`;
  } finally {
    seen.delete(value);
  }
}

/**
 * JSON with object keys sorted (by UTF-16 code units), no whitespace and numbers in their shortest
 * round-trip form, so equal documents give equal text. Object members whose value is undefined are
 * left out, as JSON.stringify does; any other value JSON cannot hold (undefined in an array, NaN,
 * Infinity, functions, bigint, symbols, class instances such as Date, cycles) throws CanonicalJsonError.
 */
export function canonicalJson(value: unknown): string {
  return encode(value, '$', new Set());
}
