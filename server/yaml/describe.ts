import { Path } from '../../core/validate';

const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `spec.perspectives[0].objectives[1].kpis`, quoting keys such as "app.kubernetes.io/name". */
export function formatPath(path: Path): string {
  return path
    .map((segment, i) => {
      if (typeof segment === 'number') {
        return `[${segment}]`;
      }
      const key = SIMPLE_KEY.test(segment) ? segment : `[${JSON.stringify(segment)}]`;
      return i === 0 || key.startsWith('[') ? key : `.${key}`;
    })
    .join('');
}

/** `spec.target: message`, or the message alone at the document's root. */
export const prefixed = (path: Path, message: string) =>
  path.length === 0 ? message : `${formatPath(path)}: ${message}`;

/** A value as a message shows it: short, and in YAML words (mapping, list, empty value). */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) {
    return 'an empty value';
  }
  if (Array.isArray(value)) {
    return 'a list';
  }
  if (typeof value === 'object') {
    return 'a mapping';
  }
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  return String(value);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true/false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
  null: 'an empty value',
};

export const describeType = (expected: string) => TYPE_WORDS[expected] ?? expected;

const FORMAT_WORDS: Record<string, string> = {
  datetime: 'an ISO-8601 date-time with offset (2025-01-31T09:00:00Z)',
  date: 'an ISO-8601 date (2025-01-31)',
};

export const describeFormat = (format: string) => FORMAT_WORDS[format] ?? `a valid ${format}`;

/** `a, b or c` */
export function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** `"a", "b" or "c"` */
export const oneOf = (values: readonly unknown[]) =>
  listOf(values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v))));

/** The value at `path` inside `root`, or undefined where the path leaves it. */
export function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) {
      return undefined;
    }
    value = Reflect.get(value, segment);
  }
  return value;
}
