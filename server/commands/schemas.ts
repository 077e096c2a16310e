import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Command } from 'commander';
import { jsonSchemaFiles } from '../../core/validate';
import { CliError, EXIT_FAILURE } from '../cli-error';
import { errorCode } from '../error-message';

export const DEFAULT_SCHEMAS_DIR = 'schemas';

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if (errorCode(err) === 'ENOENT') {
      return null;
    }
    throw err;
  }
}

/** Paths of the schema files in `dir` that are missing or differ from what would be generated. */
export async function staleSchemaFiles(dir: string): Promise<string[]> {
  const stale: string[] = [];
  for (const file of jsonSchemaFiles()) {
    if ((await readOrNull(join(dir, file.name))) !== file.text) {
      stale.push(join(dir, file.name));
    }
  }
  return stale;
}

/** Writes the schema files that changed; returns their paths. */
export async function writeSchemaFiles(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const file of jsonSchemaFiles()) {
    const path = join(dir, file.name);
    if ((await readOrNull(path)) !== file.text) {
      await writeFile(path, file.text);
      written.push(path);
    }
  }
  return written;
}

const show = (path: string) => relative(process.cwd(), path) || path;
const upToDate = (dir: string) => `${jsonSchemaFiles().length} schema files in ${show(dir)} are up to date`;

interface SchemasFlags {
  out: string;
  check?: boolean;
}

export async function runSchemas(flags: SchemasFlags): Promise<void> {
  if (flags.check) {
    const stale = await staleSchemaFiles(flags.out);
    if (stale.length > 0) {
      throw new CliError(`out of date: ${stale.map(show).join(', ')}; run \`scorecard schemas\``, EXIT_FAILURE);
    }
    process.stdout.write(`${upToDate(flags.out)}\n`);
    return;
  }
  const written = await writeSchemaFiles(flags.out);
  const lines = written.length === 0 ? [upToDate(flags.out)] : written.map((p) => `wrote ${show(p)}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function schemasCommand(): Command {
  return new Command('schemas')
    .description('write the JSON Schemas of the YAML kinds, for editors and CI')
    .option('--out <dir>', 'directory to write to', DEFAULT_SCHEMAS_DIR)
    .option('--check', 'write nothing; exit 1 naming the files that are out of date')
    .action(async (flags: SchemasFlags) => {
      await runSchemas(flags);
    });
}
