import { Path } from '../../core/validate';
import { describeFormat, describeType, describeValue, listOf, prefixed, valueAt } from './describe';
import type { Issue, PathProblem } from './issue-problems';

type UnionIssue = Issue & { code: 'invalid_union' };
type Recurse = (issue: Issue, root: unknown, prefix: Path) => PathProblem[];

const isMissingKey = (issue: Issue, value: unknown) =>
  issue.code === 'invalid_type' && issue.path.length === 1 && valueAt(value, [String(issue.path[0])]) === undefined;

/** Issues saying the value has the wrong shape for this branch altogether, rather than a fault inside it. */
const shapeIssues = (branch: Issue[], value: unknown) =>
  branch.filter(
    (i) =>
      (i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'unrecognized_keys')) || isMissingKey(i, value)
  ).length;

function alternative(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return describeType(issue.expected);
    case 'invalid_format':
      return describeFormat(issue.format);
    default:
      return issue.message;
  }
}

/** For a union of one-key mappings ({measure} | {manual} | …): each branch's key, or undefined if it is not one. */
function branchKeys(branches: Issue[][], value: unknown): string[] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return undefined;
  }
  const keys = branches.map((branch) => {
    const missing = branch.find((i) => isMissingKey(i, value));
    const unknown = branch.flatMap((i) => (i.code === 'unrecognized_keys' && i.path.length === 0 ? i.keys : []));
    return missing === undefined ? Object.keys(value).find((k) => !unknown.includes(k)) : String(missing.path[0]);
  });
  const named = keys.filter((k) => k !== undefined);
  return named.length === keys.length ? named : undefined;
}

/** The branch the value was most likely meant to be, its problems reported; or one message naming the choices. */
export function unionProblems(issue: UnionIssue, root: unknown, path: Path, recurse: Recurse): PathProblem[] {
  const value = valueAt(root, path);
  const single = (message: string): PathProblem[] => [{ path, message: prefixed(path, message), target: 'value' }];
  const branches = issue.errors;
  if (branches.length === 0) {
    return single(issue.message);
  }
  const fitting = branches.filter((b) => shapeIssues(b, value) === 0);
  const [onlyFit] = fitting;
  if (fitting.length === 1 && onlyFit !== undefined) {
    return onlyFit.flatMap((i) => recurse(i, root, path));
  }
  const pool = fitting.length > 1 ? fitting : branches;
  if (pool.every((b) => b.length === 1 && b[0]?.path.length === 0)) {
    const choices = [...new Set(pool.flatMap((b) => b.map(alternative)))];
    return single(`expected ${listOf(choices)}, got ${describeValue(value)}`);
  }
  const keys = fitting.length === 0 ? branchKeys(branches, value) : undefined;
  if (keys !== undefined) {
    const found = typeof value === 'object' && value !== null ? Object.keys(value) : [];
    return single(`needs exactly one of ${listOf(keys)}; found ${found.length > 0 ? found.join(', ') : 'none'}`);
  }
  const score = (b: Issue[]) => shapeIssues(b, value) * 1000 + b.length;
  const best = pool.reduce((a, b) => (score(b) < score(a) ? b : a));
  return best.flatMap((i) => recurse(i, root, path));
}
