import { rm } from 'node:fs/promises';
import { buildServerBundle, runCli } from '../test-support/cli-process';
import { KPI, SOURCE, VALID_FILES, writeFixture } from '../yaml/test-fixtures';

/** A scorecard of one perspective whose objectives weigh `weights`, each holding customer.nps (KPI weights `kpis`). */
const weighted = (weights: number[], kpis = '{kpi: customer.nps}') =>
  [
    'apiVersion: scorecard/v1',
    'kind: Scorecard',
    'metadata: {id: corporate}',
    'spec:',
    '  name: Corporate',
    '  perspectives:',
    '    - id: financial',
    '      name: Financial',
    '      objectives:',
    ...weights.map((w, i) => `        - {id: o${i + 1}, name: O${i + 1}, weight: ${w}, kpis: [${kpis}]}`),
    '',
  ].join('\n');

let dir: string;

beforeAll(() => buildServerBundle());
afterEach(() => rm(dir, { recursive: true, force: true }));

async function validate(files: Record<string, string>, args: string[]) {
  dir = await writeFixture(files);
  const cli = runCli(['validate', ...args], { cwd: dir });
  return { code: await cli.exitCode, stdout: cli.stdout(), stderr: cli.stderr() };
}

describe('scorecard validate', () => {
  it('exits 0 with a count per kind when every document is valid, after the warnings', async () => {
    // the scorecard's KPIs weigh 2 and 1 (left out): read as 2/3 and 1/3
    expect(await validate(VALID_FILES, ['.'])).toEqual({
      code: 0,
      stdout: [
        'scorecard.yaml:13:43 warning: spec.perspectives[0].objectives[0].kpis[0].weight: weights of the KPIs of ' +
          'objective loyal-customers sum to 3, not 1; they are read as shares 66.7% / 33.3%',
        'ok: 7 documents (2 KPI, 1 Scorecard, 1 Journey, 1 Source, 1 FreezeWindow, 1 MaturityModel), 1 warning',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('warns at the first weight, exit 0, when sibling weights do not sum to 1, naming the shares', async () => {
    const files = { 'kpi.yaml': KPI, 'source.yaml': SOURCE, 'scorecard.yaml': weighted([0.9, 0.3, 0.3]) };
    expect(await validate(files, ['.'])).toEqual({
      code: 0,
      stdout: [
        'scorecard.yaml:10:38 warning: spec.perspectives[0].objectives[0].weight: weights of the objectives of ' +
          'perspective financial sum to 1.5, not 1; they are read as shares 60% / 20% / 20%',
        'ok: 3 documents (1 KPI, 1 Scorecard, 1 Source), 1 warning',
        '',
      ].join('\n'),
      stderr: '',
    });
    const exact = { ...files, 'scorecard.yaml': weighted([0.7, 0.2, 0.1]) };
    expect(await validate(exact, ['.'])).toMatchObject({
      code: 0,
      stdout: 'ok: 3 documents (1 KPI, 1 Scorecard, 1 Source)\n',
    });
  });

  it('exits 1 when sibling weights are all 0, printing warnings after the problems', async () => {
    const scorecard = weighted([0, 0], '{kpi: customer.nps, weight: 1}, {kpi: customer.nps, weight: 1}');
    const files = { 'kpi.yaml': KPI, 'source.yaml': SOURCE, 'scorecard.yaml': scorecard };
    expect(await validate(files, ['.'])).toEqual({
      code: 1,
      stdout: [
        'scorecard.yaml:10:38 spec.perspectives[0].objectives[0].weight: weights of the objectives of perspective ' +
          'financial are all 0: none of them can count towards the score',
        'scorecard.yaml:10:76 warning: spec.perspectives[0].objectives[0].kpis[0].weight: weights of the KPIs of ' +
          'objective o1 sum to 2, not 1; they are read as shares 50% / 50%',
        'scorecard.yaml:11:76 warning: spec.perspectives[0].objectives[1].kpis[0].weight: weights of the KPIs of ' +
          'objective o2 sum to 2, not 1; they are read as shares 50% / 50%',
        '1 problem in 1 file, 2 warnings',
        '',
      ].join('\n'),
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
