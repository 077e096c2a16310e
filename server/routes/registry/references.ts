import { checkBundle, isWarning } from '../../../core/validate';
import { type ResourceDocument } from '../../../core/schema';
import { HttpError } from '../../http/http-error';
import { knownResources } from '../../registry/known';
import { type Registry } from '../../registry/types';
import { pathOf } from './request';

/**
 * 400 naming every dangling reference, duplicate, cycle or set of weights all 0 (warnings pass);
 * `where(i)` is the request path of document i.
 */
export async function assertReferences(
  registry: Registry,
  docs: ResourceDocument[],
  where: (doc: number) => string
): Promise<void> {
  const problems = checkBundle(docs, await knownResources(registry)).filter((p) => !isWarning(p));
  const first = problems[0];
  if (first === undefined) {
    return;
  }
  const lines = problems.map((p) => `${pathOf([where(p.doc), ...p.path])}: ${p.message}`);
  const summary = lines.length === 1 ? 'invalid reference' : `invalid references (${lines.length} problems)`;
  throw new HttpError(400, 'invalid', `${summary}: ${lines.join('; ')}`, pathOf([where(first.doc), ...first.path]));
}
