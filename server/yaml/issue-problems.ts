import { z } from 'zod';
import { didYouMean, Path } from '../../core/validate';
import { describeFormat, describeType, describeValue, oneOf, prefixed, valueAt } from './describe';
import { Target } from './locate';
import { unionProblems } from './union-problems';

export type Issue = z.core.$ZodIssue;

/** A problem inside one document, located by `path`; `message` already names the field. */
export interface PathProblem {
  path: Path;
  message: string;
  target: Target;
}

export const toPath = (path: readonly PropertyKey[]): Path => path.map((s) => (typeof s === 'number' ? s : String(s)));

const at = (path: Path, message: string, target: Target = 'value'): PathProblem => ({
  path,
  message: prefixed(path, message),
  target,
});

function sizeMessage(issue: Issue & { code: 'too_small' | 'too_big' }): string {
  if (!issue.message.startsWith('Too ')) {
    return issue.message;
  }
  const small = issue.code === 'too_small';
  const limit = small ? issue.minimum : issue.maximum;
  const bound = issue.inclusive === false ? (small ? 'more than' : 'less than') : small ? 'at least' : 'at most';
  if (issue.origin === 'string') {
    return small && limit === 1 ? 'must not be empty' : `must have ${bound} ${limit} characters`;
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    return `needs ${bound} ${limit} item${limit === 1 ? '' : 's'}`;
  }
  return `must be ${bound} ${limit}`;
}

/** Turns one zod issue into problems a person can act on; `root` is the document as parsed from YAML. */
export function issueProblems(issue: Issue, root: unknown, prefix: Path = []): PathProblem[] {
  const path = [...prefix, ...toPath(issue.path)];
  const value = valueAt(root, path);
  switch (issue.code) {
    case 'invalid_type': {
      const last = path[path.length - 1];
      if (value === undefined && last !== undefined) {
        return [{ path, message: prefixed(path.slice(0, -1), `missing required field "${last}"`), target: 'value' }];
      }
      return [at(path, `expected ${describeType(issue.expected)}, got ${describeValue(value)}`)];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => at([...path, key], `unknown field "${key}"`, 'key'));
    case 'invalid_value': {
      if (issue.values.length === 1) {
        return [at(path, `must be ${oneOf(issue.values)}, got ${describeValue(value)}`)];
      }
      const hint = typeof value === 'string' ? didYouMean(value, issue.values.map(String)) : '';
      return [at(path, `must be one of ${issue.values.join(', ')}; got ${describeValue(value)}${hint}`)];
    }
    case 'invalid_format': {
      const expected = issue.message.startsWith('Invalid') ? `expected ${describeFormat(issue.format)}` : issue.message;
      return [at(path, `${expected}, got ${describeValue(value)}`)];
    }
    case 'too_small':
    case 'too_big':
      return [at(path, sizeMessage(issue))];
    case 'invalid_key': {
      const reasons = issue.issues.map((inner) => inner.message).join('; ');
      return [at(path, `invalid key "${String(path[path.length - 1])}": ${reasons}`, 'key')];
    }
    case 'invalid_union':
      return unionProblems(issue, root, path, issueProblems);
    default:
      return [at(path, issue.message)];
  }
}
