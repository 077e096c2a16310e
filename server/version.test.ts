import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPackageJson, readPackageVersion } from './version';

describe('readPackageVersion', () => {
  it('reads the suite package.json from here and from the bundle directory', async () => {
    const pkg = JSON.parse(await readFile(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(readPackageVersion(__dirname)).toBe(pkg.version);
    expect(findPackageJson(join(__dirname, '..', 'build', 'server'))).toBe(join(__dirname, '..', 'package.json'));
  });

  it('says so when there is no package.json above', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scorecard-version-'));
    try {
      expect(() => readPackageVersion(dir)).toThrow(`cannot find the scorecard-suite package.json above ${dir}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
