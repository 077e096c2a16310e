import { Document, isScalar, LineCounter, parseAllDocuments, visit } from 'yaml';
import { errorMessage } from '../error-message';
import { Located } from './located';

/** One non-empty YAML document of a file; when `ok` is false its YAML has errors and `value` is a best guess. */
export interface YamlDocument {
  file: string;
  /** Position among the file's documents, counting empty ones. */
  index: number;
  yaml: Document.Parsed;
  lineCounter: LineCounter;
  ok: boolean;
  value: unknown;
}

export interface ParsedFile {
  documents: YamlDocument[];
  problems: Located[];
}

const isEmpty = (doc: Document.Parsed) =>
  doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null);

function at(file: string, lineCounter: LineCounter, offset: number, message: string): Located {
  const { line, col } = lineCounter.linePos(offset);
  return { file, line, col, message };
}

/** The first alias whose anchor is not defined before it; toJS fails on those, without a position. */
function unresolvedAlias(doc: Document.Parsed): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) === undefined) {
        offset = node.range?.[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}

function toValue(file: string, doc: Document.Parsed, lineCounter: LineCounter): { value?: unknown; problem?: Located } {
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (err) {
    const offset = unresolvedAlias(doc) ?? doc.contents?.range?.[0] ?? doc.range[0];
    return { problem: at(file, lineCounter, offset, errorMessage(err)) };
  }
}

/** Splits a file into YAML documents, skipping empty ones; YAML errors and warnings become problems. */
export function parseYaml(file: string, text: string): ParsedFile {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  const streamErrors = 'errors' in parsed ? parsed.errors : [];
  const problems = streamErrors.map((e) => at(file, lineCounter, e.pos[0], e.message));
  const documents: YamlDocument[] = [];
  parsed.forEach((yaml, index) => {
    const yamlProblems = [...yaml.errors, ...yaml.warnings].map((e) => at(file, lineCounter, e.pos[0], e.message));
    problems.push(...yamlProblems);
    if (yamlProblems.length === 0 && isEmpty(yaml)) {
      return;
    }
    const { value, problem } = toValue(file, yaml, lineCounter);
    if (yamlProblems.length === 0 && problem !== undefined) {
      problems.push(problem);
    }
    documents.push({ file, index, yaml, lineCounter, ok: yamlProblems.length === 0 && problem === undefined, value });
  });
  return { documents, problems };
}
