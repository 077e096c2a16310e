import { type ResourceDocument } from '../../core/schema';
import { type KnownResource } from '../../core/validate';
import { CliError, EXIT_FAILURE } from '../cli-error';
import { loadBundle } from '../yaml/load';
import { relative } from 'node:path';

/** Loads and validates YAML files/dirs; prints every problem as file:line:col and fails when there is any. */
export async function loadDocumentsOrFail(paths: string[], known: KnownResource[]): Promise<ResourceDocument[]> {
  const { documents, problems } = await loadBundle(paths, { known });
  for (const p of problems) {
    process.stdout.write(`${relative(process.cwd(), p.file) || p.file}:${p.line}:${p.col} ${p.message}\n`);
  }
  if (problems.length > 0) {
    throw new CliError(`${problems.length} problem(s) in the documents; nothing was planned or applied`, EXIT_FAILURE);
  }
  return documents.map((d) => d.doc);
}
