import { relative } from 'node:path';
import { Command } from 'commander';
import { KINDS } from '../../core/schema';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from '../cli-error';
import { BundlePathError, Bundle, loadBundle } from '../yaml/load';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `ok: 31 documents (24 KPI, 2 Scorecard, …)`, kinds in their canonical order. */
export function okSummary(bundle: Bundle): string {
  const counts = KINDS.map((kind) => ({ kind, n: bundle.documents.filter((d) => d.doc.kind === kind).length }));
  const byKind = counts.filter((c) => c.n > 0).map((c) => `${c.n} ${c.kind}`);
  return `ok: ${plural(bundle.documents.length, 'document')}${byKind.length > 0 ? ` (${byKind.join(', ')})` : ''}`;
}

/** One `file:line:col message` line per problem, file relative to `cwd`. */
export function problemLines(bundle: Bundle, cwd: string): string[] {
  return bundle.problems.map((p) => `${relative(cwd, p.file) || p.file}:${p.line}:${p.col} ${p.message}`);
}

export async function runValidate(paths: string[]): Promise<void> {
  let bundle: Bundle;
  try {
    bundle = await loadBundle(paths);
  } catch (err) {
    throw err instanceof BundlePathError ? new CliError(err.message, EXIT_USAGE) : err;
  }
  if (bundle.problems.length === 0) {
    process.stdout.write(`${okSummary(bundle)}\n`);
    return;
  }
  const files = new Set(bundle.problems.map((p) => p.file)).size;
  const lines = [
    ...problemLines(bundle, process.cwd()),
    `${plural(bundle.problems.length, 'problem')} in ${plural(files, 'file')}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exitCode = EXIT_FAILURE;
}

export function validateCommand(): Command {
  return new Command('validate')
    .description('check YAML resources (files or directories) against the schemas and each other')
    .argument('<paths...>', 'YAML files or directories (every *.yaml / *.yml below, sorted)')
    .action(async (paths: string[]) => {
      await runValidate(paths);
    });
}
