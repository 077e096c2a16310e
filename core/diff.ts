export interface FieldChange {
  /** JSON path such as spec.thresholds.goal or spec.perspectives[0].weight. */
  path: string;
  op: 'added' | 'removed' | 'changed';
  from?: unknown;
  to?: unknown;
}

type Json = Record<string, unknown>;

// Elements of arrays of objects are matched by the first of these keys that identifies every element.
const MATCH_KEYS = ['id', 'kpi'] as const;
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function member(path: string, key: string): string {
  if (!PLAIN_KEY.test(key)) {
    return `${path}[${JSON.stringify(key)}]`;
  }
  return path === '' ? key : `${path}.${key}`;
}

function identities(items: unknown[], key: string): string[] | null {
  const ids: string[] = [];
  for (const item of items) {
    const id = isObject(item) ? item[key] : undefined;
    if (typeof id !== 'string' && typeof id !== 'number') {
      return null;
    }
    ids.push(String(id));
  }
  return new Set(ids).size === ids.length ? ids : null;
}

/** Keys of both arrays when matching by key is sound: unique, and the shared ones in the same order. */
function matchingKeys(a: unknown[], b: unknown[]): { a: string[]; b: string[] } | null {
  for (const key of MATCH_KEYS) {
    const ka = identities(a, key);
    const kb = identities(b, key);
    if (ka === null || kb === null) {
      continue;
    }
    const inB = new Set(kb);
    const inA = new Set(ka);
    const sharedA = ka.filter((k) => inB.has(k));
    const sharedB = kb.filter((k) => inA.has(k));
    // a reordering is a change of each moved position, so compare by index then
    return sharedA.every((k, i) => k === sharedB[i]) ? { a: ka, b: kb } : null;
  }
  return null;
}

function diffArrays(a: unknown[], b: unknown[], path: string, out: FieldChange[]): void {
  const keys = matchingKeys(a, b);
  if (keys === null) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      walk(i < a.length ? a[i] : undefined, i < b.length ? b[i] : undefined, `${path}[${i}]`, out);
    }
    return;
  }
  const oldIndex = new Map(keys.a.map((k, i) => [k, i]));
  const newKeys = new Set(keys.b);
  keys.a.forEach((k, i) => {
    if (!newKeys.has(k)) {
      out.push({ path: `${path}[${i}]`, op: 'removed', from: a[i] });
    }
  });
  keys.b.forEach((k, j) => {
    const i = oldIndex.get(k);
    walk(i === undefined ? undefined : a[i], b[j], `${path}[${j}]`, out);
  });
}

function walk(a: unknown, b: unknown, path: string, out: FieldChange[]): void {
  if (a === undefined && b === undefined) {
    return;
  }
  if (a === undefined) {
    out.push({ path, op: 'added', to: b });
  } else if (b === undefined) {
    out.push({ path, op: 'removed', from: a });
  } else if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    keys.forEach((key) => walk(a[key], b[key], member(path, key), out));
  } else if (Array.isArray(a) && Array.isArray(b)) {
    diffArrays(a, b, path, out);
  } else if (a !== b) {
    out.push({ path, op: 'changed', from: a, to: b });
  }
}

/**
 * Field-level changes from `a` to `b` (JSON values). Arrays compare by index, except arrays of objects
 * that all carry a unique `id` (or `kpi`): those match by it, so an insertion reports one added element.
 * Paths of removed elements use their old index, the others their new one.
 */
export function diffDocuments(a: unknown, b: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  walk(a, b, '', out);
  return out;
}
