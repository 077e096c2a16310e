import { ResourceDocument } from '../../core/schema';
import { checkBundle, isWarning, KnownResource, Problem } from '../../core/validate';
import { collectFiles, readText } from './collect-files';
import { prefixed } from './describe';
import { documentProblems, identityOf } from './document-problems';
import { PathProblem } from './issue-problems';
import { locate } from './locate';
import { Located, sortLocated } from './located';
import { parseYaml, YamlDocument } from './parse-yaml';

export { BundlePathError } from './collect-files';
export type { Located } from './located';

/** A valid document and where it came from: `index` counts the file's documents from 0, `line` is 1-based. */
export interface LoadedDocument {
  doc: ResourceDocument;
  file: string;
  index: number;
  line: number;
}

export interface Bundle {
  /** The documents that passed their schema; the bundle as a whole is fit to apply only when `problems` is empty. */
  documents: LoadedDocument[];
  problems: Located[];
  /** What does not stop the bundle from being applied but may not be meant (weights that do not sum to 1). */
  warnings: Located[];
}

export interface LoadOptions {
  /** Resources outside the files (e.g. already in the registry) that references may name. */
  known?: KnownResource[];
}

interface Valid {
  doc: ResourceDocument;
  source: YamlDocument;
}

function place(source: YamlDocument, problem: PathProblem): Located {
  const { line, col } = locate(source.yaml, source.lineCounter, problem.path, problem.target);
  return { file: source.file, line, col, message: problem.message };
}

function placeBundleProblem(valid: Valid[], problem: Problem): Located[] {
  const source = valid[problem.doc]?.source;
  if (source === undefined) {
    return [];
  }
  const related = problem.related === undefined ? undefined : valid[problem.related.doc]?.source;
  let message = prefixed(problem.path, problem.message);
  if (related !== undefined && problem.related !== undefined) {
    const { line, col } = locate(related.yaml, related.lineCounter, problem.related.path);
    message += ` (first defined at ${related.file}:${line}:${col})`;
  }
  return [place(source, { path: problem.path, message, target: 'value' })];
}

function unique(problems: Located[]): Located[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}\n${p.line}\n${p.col}\n${p.message}`;
    const first = !seen.has(key);
    seen.add(key);
    return first;
  });
}

/**
 * Reads YAML files and directories (every `*.yaml` / `*.yml` below, sorted), validates each document against its
 * kind's schema and the bundle's references, and reports every problem at its file, line and column.
 * Throws BundlePathError when a path cannot be read.
 */
export async function loadBundle(paths: string[], options: LoadOptions = {}): Promise<Bundle> {
  const files = await collectFiles(paths);
  const parsed = await Promise.all(files.map(async (file) => parseYaml(file, await readText(file))));
  const problems = parsed.flatMap((file) => file.problems);
  const valid: Valid[] = [];
  const known = [...(options.known ?? [])];
  for (const source of parsed.flatMap((file) => file.documents)) {
    const result = source.ok ? documentProblems(source.value) : { problems: [] };
    if (result.doc !== undefined) {
      valid.push({ doc: result.doc, source });
      continue;
    }
    problems.push(...result.problems.map((problem) => place(source, problem)));
    const identity = identityOf(source.value);
    known.push(...(identity === undefined ? [] : [identity]));
  }
  const bundle = checkBundle(
    valid.map((v) => v.doc),
    known
  );
  problems.push(...bundle.filter((p) => !isWarning(p)).flatMap((problem) => placeBundleProblem(valid, problem)));
  const warnings = bundle.filter(isWarning).flatMap((problem) => placeBundleProblem(valid, problem));
  const documents = valid.map(({ doc, source }) => ({
    doc,
    file: source.file,
    index: source.index,
    line: locate(source.yaml, source.lineCounter, []).line,
  }));
  return { documents, problems: sortLocated(unique(problems), files), warnings: sortLocated(warnings, files) };
}
