import { rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { BundlePathError, collectFiles } from './collect-files';
import { writeFixture } from './test-fixtures';

let dir: string;

beforeEach(async () => {
  dir = await writeFixture({
    'b.yaml': '',
    'a/z.yml': '',
    'a/b.YAML': '',
    'a/notes.md': '',
    '.git/config.yaml': '',
    'node_modules/pkg/x.yaml': '',
    'explicit.txt': '',
  });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('collectFiles', () => {
  it('lists YAML files below a directory sorted, skipping hidden entries and node_modules', async () => {
    expect(await collectFiles([dir])).toEqual([join(dir, 'a/b.YAML'), join(dir, 'a/z.yml'), join(dir, 'b.yaml')]);
  });

  it('takes files as given, in the order given, each once', async () => {
    const files = [join(dir, 'explicit.txt'), join(dir, 'b.yaml'), dir];
    expect(await collectFiles(files)).toEqual([
      join(dir, 'explicit.txt'),
      join(dir, 'b.yaml'),
      join(dir, 'a/b.YAML'),
      join(dir, 'a/z.yml'),
    ]);
  });

  it('follows directory symlinks without looping', async () => {
    await symlink(dir, join(dir, 'a', 'loop'));
    expect(await collectFiles([join(dir, 'a')])).toEqual([
      join(dir, 'a/b.YAML'),
      join(dir, 'a/loop/b.yaml'),
      join(dir, 'a/z.yml'),
    ]);
  });

  it('fails on a missing path', async () => {
    await expect(collectFiles([join(dir, 'missing')])).rejects.toThrow(BundlePathError);
  });
});
