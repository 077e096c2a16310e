import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonSchemaFiles } from '../../core/validate';
import { buildServerBundle, REPO_ROOT, runCli } from '../test-support/cli-process';
import { staleSchemaFiles } from './schemas';

const SCHEMAS = join(REPO_ROOT, 'schemas');

describe('schemas/', () => {
  it('matches the zod schemas in core/schema (else run `node server/bin/scorecard.js schemas`)', async () => {
    expect(await staleSchemaFiles(SCHEMAS)).toEqual([]);
  });

  it('is laid out as Prettier lays it out, so formatting the repository leaves it alone', () => {
    const prettier = join(REPO_ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs');
    const files = jsonSchemaFiles().map((f) => join(SCHEMAS, f.name));
    expect(() => execFileSync(process.execPath, [prettier, '--check', ...files], { stdio: 'pipe' })).not.toThrow();
  });
});

describe('scorecard schemas', () => {
  let dir: string;

  beforeAll(() => buildServerBundle());
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scorecard-schemas-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const run = async (args: string[]) => {
    const cli = runCli(['schemas', ...args], { cwd: dir });
    return { code: await cli.exitCode, stdout: cli.stdout(), stderr: cli.stderr() };
  };

  it('writes one file per kind plus the any-kind schema, and --check tells when one is out of date', async () => {
    expect((await run(['--check', '--out', 'out'])).code).toBe(1);
    const written = await run(['--out', 'out']);
    expect(written.code).toBe(0);
    expect(written.stdout.trim().split('\n')).toEqual(jsonSchemaFiles().map((f) => `wrote out/${f.name}`));
    expect(await run(['--check', '--out', 'out'])).toEqual({
      code: 0,
      stdout: '8 schema files in out are up to date\n',
      stderr: '',
    });

    await writeFile(join(dir, 'out', 'kpi.schema.json'), '{}\n');
    expect(await run(['--check', '--out', 'out'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'scorecard: out of date: out/kpi.schema.json; run `scorecard schemas`\n',
    });
    const any = JSON.parse(await readFile(join(dir, 'out', 'scorecard.schema.json'), 'utf8'));
    expect(any.oneOf.map((s: { properties: { kind: { const: string } } }) => s.properties.kind.const)).toEqual([
      'KPI',
      'Scorecard',
      'Journey',
      'Source',
      'FreezeWindow',
      'MaturityModel',
      'EscalationPolicy',
    ]);
  });
});
