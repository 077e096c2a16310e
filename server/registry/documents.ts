import { localTimeIso } from '../../core/periods';
import { resourceDocument, type Kind, type ResourceDocument } from '../../core/schema';
import { RegistryError } from './types';

export const resourceKey = (kind: Kind, id: string): string => `${kind}/${id}`;

function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') {
      return `${out}[${part}]`;
    }
    return out === '' ? String(part) : `${out}.${String(part)}`;
  }, '');
}

/** The document as the schema normalises it (defaults filled in); RegistryError invalid otherwise. */
export function normaliseDocument(input: unknown, where = 'the document'): ResourceDocument {
  const parsed = resourceDocument.safeParse(input);
  if (parsed.success) {
    return parsed.data;
  }
  const issue = parsed.error.issues[0];
  const path = issue === undefined ? '' : issuePath(issue.path);
  const reason = issue?.message ?? parsed.error.message;
  throw new RegistryError('invalid', `${where}: ${path === '' ? '' : `${path}: `}${reason}`, path || undefined);
}

/** Documents in the store were validated when written; parsing them again types them. */
export function storedDocument(json: string): ResourceDocument {
  return resourceDocument.parse(JSON.parse(json));
}

/** Names the i-th document of a bundle before it is known to be valid. */
export function bundleMember(input: unknown, i: number): string {
  const field = (value: unknown, key: string): unknown =>
    typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
  const kind = field(input, 'kind');
  const id = field(field(input, 'metadata'), 'id');
  return `document ${i + 1} (${typeof kind === 'string' ? kind : '?'} ${typeof id === 'string' ? id : '?'})`;
}

export function describeResource(kind: Kind, id: string): string {
  return `${kind} ${id}`;
}

export function isSqlKpi(doc: ResourceDocument): boolean {
  return doc.kind === 'KPI' && 'sql' in doc.spec.calculation;
}

export function fourEyes(doc: ResourceDocument): boolean {
  return 'governance' in doc.spec && doc.spec.governance?.fourEyes === true;
}

/** A document's own effective time (metadata.effectiveFrom), as ISO UTC, or null. */
/** The document's effectiveFrom as an ISO instant; a date alone is local midnight in the zone. */
export function declaredEffectiveFrom(doc: ResourceDocument, timeZone: string): string | null {
  const from = doc.metadata.effectiveFrom;
  return from === undefined ? null : localTimeIso(from, timeZone);
}
