import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type ResourceDocument } from '../../core/schema';
import { type RegistryTarget } from '../client/target';
import { loadBundle } from '../yaml/load';

export const EXAMPLE_ORG_MESSAGE = 'scorecard demo: the Northwind Cloud example organisation';
/** The reviewer the demo names for its four-eyes resources (apply --approved-by). */
export const EXAMPLE_ORG_REVIEWER = 'example-reviewer';

/** provisioning/scorecards, looked for upwards from this module (source tree and bundled CLI alike). */
export function exampleOrgDir(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'provisioning', 'scorecards');
    if (existsSync(join(candidate, 'source.yaml'))) {
      return candidate;
    }
    if (dirname(dir) === dir) {
      throw new Error(`cannot find provisioning/scorecards above ${from}: run the demo from a checkout of the project`);
    }
  }
}

export async function loadExampleOrg(dir = exampleOrgDir()): Promise<ResourceDocument[]> {
  const bundle = await loadBundle([dir]);
  const [first] = bundle.problems;
  if (first !== undefined) {
    throw new Error(
      `the example organisation in ${dir} is not valid: ${first.file}:${first.line}:${first.col} ${first.message}`
    );
  }
  return bundle.documents.map((d) => d.doc);
}

export interface OrgResult {
  /** Resources created (and approved) now; already there unchanged; already there with other content (left alone). */
  created: number;
  unchanged: number;
  differing: number;
}

/**
 * Creates the example resources that are missing, approved, and leaves existing ones alone. Freeze windows go in a
 * second apply after everything else: approving a KPI while one of its windows is in force would be refused (423).
 */
export async function ensureExampleOrg(registry: RegistryTarget, docs: ResourceDocument[]): Promise<OrgResult> {
  const plan = await registry.plan(docs, { prune: false });
  const missing = new Set(plan.filter((e) => e.action === 'create').map((e) => `${e.kind}/${e.id}`));
  const todo = docs.filter((d) => missing.has(`${d.kind}/${d.metadata.id}`));
  const steps = [todo.filter((d) => d.kind !== 'FreezeWindow'), todo.filter((d) => d.kind === 'FreezeWindow')];
  for (const step of steps.filter((s) => s.length > 0)) {
    const opts = { approve: true, approvedBy: EXAMPLE_ORG_REVIEWER, prune: false, message: EXAMPLE_ORG_MESSAGE };
    await registry.apply(step, opts);
  }
  return {
    created: todo.length,
    unchanged: plan.filter((e) => e.action === 'unchanged').length,
    differing: plan.filter((e) => e.action === 'update').length,
  };
}
