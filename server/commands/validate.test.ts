import { rm } from 'node:fs/promises';
import { buildServerBundle, runCli } from '../test-support/cli-process';
import { KPI, SOURCE, VALID_FILES, writeFixture } from '../yaml/test-fixtures';

let dir: string;

beforeAll(() => buildServerBundle());
afterEach(() => rm(dir, { recursive: true, force: true }));

async function validate(files: Record<string, string>, args: string[]) {
  dir = await writeFixture(files);
  const cli = runCli(['validate', ...args], { cwd: dir });
  return { code: await cli.exitCode, stdout: cli.stdout(), stderr: cli.stderr() };
}

describe('scorecard validate', () => {
  it('exits 0 with a count per kind when every document is valid', async () => {
    expect(await validate(VALID_FILES, ['.'])).toEqual({
      code: 0,
      stdout: 'ok: 7 documents (2 KPI, 1 Scorecard, 1 Journey, 1 Source, 1 FreezeWindow, 1 MaturityModel)\n',
      stderr: '',
    });
  });

  it('exits 1 printing every problem as file:line:col relative to the working directory', async () => {
    const files = {
      'kpis/nps.yaml': KPI.replace('target: 45', 'target: high'),
      'kpis/broken.yaml': 'a: [1\n',
      'source.yaml': SOURCE,
    };
    expect(await validate(files, ['kpis', 'source.yaml'])).toEqual({
      code: 1,
      stdout: [
        'kpis/broken.yaml:2:1 Flow sequence in block collection must be sufficiently indented and end with a ]',
        'kpis/nps.yaml:11:11 spec.target: expected a number, got "high"',
        '2 problems in 2 files',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('exits 2 when a path does not exist', async () => {
    expect(await validate({ 'source.yaml': SOURCE }, ['source.yaml', 'missing'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'scorecard: missing: no such file or directory\n',
    });
  });
});
