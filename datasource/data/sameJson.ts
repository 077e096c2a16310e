/** Deep equality of JSON-like values, whatever the order of object keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  const keys = Object.keys(a).filter((k) => Reflect.get(a, k) !== undefined);
  const other = Object.keys(b).filter((k) => Reflect.get(b, k) !== undefined);
  return keys.length === other.length && keys.every((k) => sameJson(Reflect.get(a, k), Reflect.get(b, k)));
}
