import { relative } from 'node:path';
import { Command } from 'commander';
import { KINDS } from '../../core/schema';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from '../cli-error';
import { BundlePathError, Bundle, loadBundle, type Located } from '../yaml/load';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `ok: 31 documents (24 KPI, 2 Scorecard, …)`, kinds in their canonical order, then the warnings' count if any. */
export function okSummary(bundle: Bundle): string {
  const counts = KINDS.map((kind) => ({ kind, n: bundle.documents.filter((d) => d.doc.kind === kind).length }));
  const byKind = counts.filter((c) => c.n > 0).map((c) => `${c.n} ${c.kind}`);
  const kinds = byKind.length > 0 ? ` (${byKind.join(', ')})` : '';
  return `ok: ${plural(bundle.documents.length, 'document')}${kinds}${warningCount(bundle)}`;
}

const warningCount = (bundle: Bundle) =>
  bundle.warnings.length === 0 ? '' : `, ${plural(bundle.warnings.length, 'warning')}`;

const at = (p: Located, cwd: string) => `${relative(cwd, p.file) || p.file}:${p.line}:${p.col}`;

/** `file:line:col message` per problem, then `file:line:col warning: message` per warning; files relative to `cwd`. */
export function problemLines(bundle: Bundle, cwd: string): string[] {
  return [
    ...bundle.problems.map((p) => `${at(p, cwd)} ${p.message}`),
    ...bundle.warnings.map((w) => `${at(w, cwd)} warning: ${w.message}`),
  ];
}

/** Prints problems and warnings; only problems (errors) fail, with exit code 1. */
export async function runValidate(paths: string[]): Promise<void> {
  let bundle: Bundle;
  try {
    bundle = await loadBundle(paths);
  } catch (err) {
    throw err instanceof BundlePathError ? new CliError(err.message, EXIT_USAGE) : err;
  }
  const lines = problemLines(bundle, process.cwd());
  if (bundle.problems.length === 0) {
    process.stdout.write(`${[...lines, okSummary(bundle)].join('\n')}\n`);
    return;
  }
  const files = new Set(bundle.problems.map((p) => p.file)).size;
  lines.push(`${plural(bundle.problems.length, 'problem')} in ${plural(files, 'file')}${warningCount(bundle)}`);
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
