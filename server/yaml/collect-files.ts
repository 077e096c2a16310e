import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { errorCode, errorMessage } from '../error-message';

/** A path given to the loader that cannot be read: a usage error rather than a problem in a document. */
export class BundlePathError extends Error {
  override readonly name = 'BundlePathError';
}

const YAML_FILE = /\.ya?ml$/i;

// Hidden entries (.git, .github) and node_modules hold YAML that is not ours.
const skipped = (name: string) => name.startsWith('.') || name === 'node_modules';

async function statOrFail(path: string) {
  try {
    return await stat(path);
  } catch (err) {
    const reason = errorCode(err) === 'ENOENT' ? 'no such file or directory' : errorMessage(err);
    throw new BundlePathError(`${path}: ${reason}`);
  }
}

async function walk(dir: string, visited: Set<string>, files: string[]): Promise<void> {
  const real = await realpath(dir);
  if (visited.has(real)) {
    return;
  }
  visited.add(real);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skipped(entry.name)) {
      continue;
    }
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await statOrFail(path)).isDirectory());
    if (isDir) {
      await walk(path, visited, files);
    } else if (YAML_FILE.test(entry.name)) {
      files.push(path);
    }
  }
}

/**
 * The files named by `paths`: a file as given, a directory as its `*.yaml` / `*.yml` files at any depth, sorted.
 * Throws BundlePathError for a path that does not exist or a directory without YAML files.
 */
export async function collectFiles(paths: string[]): Promise<string[]> {
  if (paths.length === 0) {
    throw new BundlePathError('no files or directories given');
  }
  const files: string[] = [];
  for (const path of paths) {
    if (!(await statOrFail(path)).isDirectory()) {
      files.push(path);
      continue;
    }
    const found: string[] = [];
    await walk(path, new Set(), found);
    if (found.length === 0) {
      throw new BundlePathError(`${path}: no .yaml or .yml files in this directory`);
    }
    files.push(...found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  const seen = new Set<string>();
  return files.filter((file) => {
    const key = resolve(file);
    const first = !seen.has(key);
    seen.add(key);
    return first;
  });
}

export async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new BundlePathError(`${file}: ${errorMessage(err)}`);
  }
}
