import { API_VERSION, isKind, KINDS, ResourceDocument, resourceDocument } from '../../core/schema';
import { KnownResource } from '../../core/validate';
import { describeValue } from './describe';
import { issueProblems, PathProblem } from './issue-problems';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const problem = (path: PathProblem['path'], message: string): PathProblem => ({ path, message, target: 'value' });

function kindProblems(value: Record<string, unknown>): PathProblem[] {
  const kinds = KINDS.join(', ');
  if (!Object.hasOwn(value, 'kind')) {
    return [problem([], `missing kind: one of ${kinds}`)];
  }
  if (isKind(value.kind)) {
    return [];
  }
  const kind = value.kind;
  const near = KINDS.find(
    (k) => typeof kind === 'string' && k.toLowerCase() === kind.toLowerCase().replace(/[-_ ]/g, '')
  );
  const hint = near === undefined ? '' : ` (did you mean "${near}"?)`;
  return [problem(['kind'], `unknown kind ${describeValue(kind)}${hint}: valid kinds are ${kinds}`)];
}

function apiVersionProblems(value: Record<string, unknown>): PathProblem[] {
  if (!Object.hasOwn(value, 'apiVersion')) {
    return [problem([], `missing apiVersion: ${API_VERSION}`)];
  }
  return value.apiVersion === API_VERSION
    ? []
    : [problem(['apiVersion'], `apiVersion must be "${API_VERSION}", got ${describeValue(value.apiVersion)}`)];
}

/** The document if it is valid, else every problem found in it. */
export function documentProblems(value: unknown): { doc?: ResourceDocument; problems: PathProblem[] } {
  if (!isRecord(value)) {
    return {
      problems: [
        problem(
          [],
          `a document must be a mapping with apiVersion, kind, metadata and spec; got ${describeValue(value)}`
        ),
      ],
    };
  }
  const envelope = [...apiVersionProblems(value), ...kindProblems(value)];
  if (!isKind(value.kind)) {
    return { problems: envelope };
  }
  const result = resourceDocument.safeParse(value);
  if (result.success) {
    return { doc: result.data, problems: [] };
  }
  const issues = result.error.issues.filter((i) => i.path[0] !== 'apiVersion');
  return { problems: [...envelope, ...issues.flatMap((issue) => issueProblems(issue, value))] };
}

/** Kind and id of a document that failed validation, so that references to it are not reported as unknown too. */
export function identityOf(value: unknown): KnownResource | undefined {
  if (!isRecord(value) || !isKind(value.kind) || !isRecord(value.metadata) || typeof value.metadata.id !== 'string') {
    return undefined;
  }
  const stages = isRecord(value.spec) && Array.isArray(value.spec.stages) ? value.spec.stages : [];
  const stageIds = stages.flatMap((s: unknown) => (isRecord(s) && typeof s.id === 'string' ? [s.id] : []));
  return { kind: value.kind, id: value.metadata.id, ...(value.kind === 'Journey' ? { stages: stageIds } : {}) };
}
