import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE_NAME = 'scorecard-suite';

/** Finds the suite's package.json upwards from `fromDir` (works from server/ sources and the build/server bundle). */
export function findPackageJson(fromDir: string = __dirname): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && readPackageField(candidate, 'name') === PACKAGE_NAME) {
      return candidate;
    }
    if (dirname(dir) === dir) {
      throw new Error(`cannot find the ${PACKAGE_NAME} package.json above ${fromDir}`);
    }
  }
}

function readPackageField(path: string, key: string): unknown {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  return typeof data === 'object' && data !== null ? Reflect.get(data, key) : undefined;
}

export function readPackageVersion(fromDir?: string): string {
  const path = findPackageJson(fromDir);
  const version = readPackageField(path, 'version');
  if (typeof version !== 'string') {
    throw new Error(`${path} has no version`);
  }
  return version;
}
