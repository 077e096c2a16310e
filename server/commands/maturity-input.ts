import { readFile } from 'node:fs/promises';
import { type z } from 'zod';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from '../cli-error';
import { errorMessage } from '../error-message';

/** A zod issue path as JSON readers write it: `dimensions[1].counts.initial`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** The value parsed by `schema`, or a CliError naming each problem at `where(path)`. */
export function checked<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: (path: string) => string,
  exitCode = EXIT_USAGE
): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) {
    return parsed.data;
  }
  const problems = parsed.error.issues.map((issue) => `${where(jsonPath(issue.path))}: ${issue.message}`);
  throw new CliError(problems.join('; '), exitCode);
}

/** Command-line flags for the body keys that differ from them. */
const FLAGS: Readonly<Record<string, string>> = { asOf: 'as-of', minGroup: 'min-group' };

/** `--year` for the path `year`, `--assessors` for `assessors[1]`. */
export const flagOf = (path: string): string => {
  const key = path.split(/[.[]/)[0] ?? path;
  return key === '' ? 'the arguments' : `--${FLAGS[key] ?? key}`;
};

export async function readText(file: string): Promise<string> {
  return readFile(file, 'utf8').catch((err: unknown) => {
    throw new CliError(`cannot read ${file}: ${errorMessage(err)}`, EXIT_FAILURE);
  });
}

export async function readJson(file: string): Promise<unknown> {
  const text = await readText(file);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CliError(`${file}: not JSON: ${errorMessage(err)}`, EXIT_FAILURE);
  }
}

/** `a, b,c` → ['a', 'b', 'c']. */
export const commaList = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
