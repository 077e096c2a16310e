import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CycleResults } from '../../core/maturity/api';
import { applySmallModel, scorecard, squeeze } from '../test-support/run-cli';

let dir: string;
let store: string;
const s = () => ['--store', store, '--author', 'lee'];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scorecard-maturity-cli-'));
  store = join(dir, 'kpi.duckdb');
  await applySmallModel(store, dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('scorecard maturity', () => {
  it('creates, answers and releases last year’s cycle, one answer or a file at a time', async () => {
    const create = await scorecard(
      'maturity', 'create', '--id', 'north-2025', '--model', 'small', '--unit', 'north', '--year', '2025',
      '--assessors', 'alice', '--lead', 'lee', '--as-of', '2025-06-30', ...s()
    ); // prettier-ignore
    expect(create).toMatchObject({ code: 0, err: '' });
    expect(create.out).toBe(
      'created cycle north-2025: north, small v1, 2025 as of 2025-06-30, open\nassessors alice; lead lee; 6 criteria\n'
    );
    const file = join(dir, 'answers.json');
    // a at initial (a2 not met), b at managed (b2 met by the registry's evidence)
    await writeFile(file, JSON.stringify({ a1: { answer: 'met' }, a2: { answer: 'not-met' }, a3: { answer: 'met' } }));
    const fromFile = await scorecard('maturity', 'answer', 'north-2025', '--assessor', 'alice', '--file', file, ...s());
    // b2 counts as answered by its evidence: 3 + 1 of 6
    expect(fromFile.out).toBe('alice: 3 answers saved to north-2025; cycle open; progress alice 4/6\n');
    const one = ['--assessor', 'alice', '--criterion', 'b1', '--answer', 'met'];
    expect((await scorecard('maturity', 'answer', 'north-2025', ...one, ...s())).code).toBe(0);
    const last = await scorecard(
      'maturity', 'answer', 'north-2025', '--assessor', 'alice', '--criterion', 'b3', '--answer', 'met',
      '--note', 'reviewed monthly', '--link', 'https://wiki.example/b3', ...s()
    ); // prettier-ignore
    expect(last.out).toBe('alice: 1 answer saved to north-2025; cycle calibration; progress alice 6/6\n');
    const badWord = await scorecard(
      'maturity',
      'answer',
      'north-2025',
      '--assessor',
      'alice',
      '--criterion',
      'b3',
      '--answer',
      'yes',
      ...s()
    );
    expect(badWord.code).toBe(2);
    expect(badWord.err).toMatch(/^scorecard: --answer: /);
    expect((await scorecard('maturity', 'release', 'north-2025', ...s())).code).toBe(0);
  });

  it('imports a workshop CSV only when every line is good, naming each bad line and each refused assessor', async () => {
    const create = await scorecard(
      'maturity', 'create', '--id', 'north-2026', '--model', 'small', '--unit', 'north', '--year', '2026',
      '--assessors', 'alice,bob,carol', '--lead', 'lee', '--as-of', '2026-06-30', ...s()
    ); // prettier-ignore
    expect(create.code).toBe(0);
    const bad = join(dir, 'bad.csv');
    const header = 'assessor,criterion,answer,note';
    await writeFile(bad, [header, 'alice,a1,met,', 'alice,a2,yes,', ',a3,met,', 'alice,a1,partial,'].join('\n'));
    const refused = await scorecard('maturity', 'import', 'north-2026', bad, ...s());
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      [
        `${bad}:3: the answer "yes" is not one of met, partial, not-met, n/a`,
        `${bad}:4: the assessor is empty`,
        `${bad}:5: alice answers a1 twice (first on line 2)`,
        `scorecard: ${bad}: 3 problems; nothing was imported`,
        '',
      ].join('\n')
    );
    const unknown = join(dir, 'unknown.csv');
    await writeFile(unknown, [header, 'alice,zz,met,', 'dave,a1,met,'].join('\n'));
    const serverSide = await scorecard('maturity', 'import', 'north-2026', unknown, ...s());
    expect(serverSide.code).toBe(1);
    expect(serverSide.err).toContain(
      [
        `${unknown}: alice: unknown criteria "zz": model small version 1 has no such criterion`,
        `${unknown}: dave: dave is not an assessor of cycle north-2026 (assessors: alice, bob, carol)`,
        `scorecard: ${unknown}: no assessor's answers were imported (2 assessors refused)`,
      ].join('\n')
    );
    // nothing was written: only b2, answered by evidence, counts
    const cycles = await scorecard('maturity', 'cycles', '--year', '2026', ...s());
    expect(squeeze(cycles.out)).toBe(
      'id unit year model state progress\n' + 'north-2026 north 2026 small v1 open alice 1/6, bob 1/6, carol 1/6\n'
    );

    const workshop = join(dir, 'workshop.csv');
    await writeFile(
      workshop,
      [
        header,
        'alice,a1,met,',
        'alice,a2,met,',
        'alice,a3,met,',
        'alice,b1,met,',
        'alice,b3,met,',
        'bob,a1,met,',
        'bob,a2,met,',
        'bob,a3,not-met,"no reviews yet, see ""plan"""',
        'bob,b1,met,',
        'bob,b3,partial,',
        'carol,a1,met,',
        'carol,a2,partial,',
        'carol,a3,partial,',
        'carol,b1,met,',
        'carol,b3,not-met,"two',
        'lines"',
        '',
      ].join('\r\n')
    );
    const imported = await scorecard('maturity', 'import', 'north-2026', workshop, ...s());
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.out).toBe(
      'alice: 5 answers imported\nbob: 5 answers imported\ncarol: 5 answers imported\n' +
        'cycle north-2026 is calibration; progress alice 6/6, bob 6/6, carol 6/6\n'
    );
    expect(imported.err).toContain(`importing ${workshop}: 3/3 (100%)`);
  });

  it('refuses to release while criteria are disputed, naming them, then releases once they are settled', async () => {
    // a3: met, not-met, partial and b3: met, partial, not-met have no strict majority; a2 (met, met, partial) has
    const refused = await scorecard('maturity', 'release', 'north-2026', ...s());
    expect(refused.code).toBe(1);
    expect(refused.out).toBe(
      'disputed criteria (settle them with `scorecard maturity consensus`):\n' +
        '  a3 (a/managed): alice met, bob not-met, carol partial\n' +
        '  b3 (b/managed): alice met, bob partial, carol not-met\n'
    );
    expect(refused.err).toBe('scorecard: cycle north-2026 cannot be released while 2 criteria are disputed: a3, b3\n');

    const one = await scorecard(
      'maturity',
      'consensus',
      'north-2026',
      '--criterion',
      'a3',
      '--answer',
      'not-met',
      ...s()
    );
    expect(one.out).toBe(
      'settled a3 on north-2026; still disputed:\n  b3 (b/managed): alice met, bob partial, carol not-met\n'
    );
    const file = join(dir, 'consensus.json');
    await writeFile(file, JSON.stringify({ b3: { answer: 'partial', note: 'reviews started in May' } }));
    const settled = await scorecard('maturity', 'consensus', 'north-2026', '--file', file, ...s());
    expect(settled.out).toBe('settled b3 on north-2026; no dispute remains\n');

    const released = await scorecard('maturity', 'release', 'north-2026', ...s());
    expect(released).toMatchObject({ code: 0, err: '' });
    // consensus a: a1, a2 met, a3 not-met → defined (2), last year initial (1): +1; b: b3 partial → defined (2) vs managed (3): −1
    // alpha (nominal, n/a missing): a: values m6 p2 n1, n 9, off-diagonal 2 (a2) + 3 (a3) → 1 − 8·5/(81 − 41) = 0
    // b (b2 met by evidence for all three): m7 p1 n1, off-diagonal 3 (b3) → 1 − 8·3/(81 − 51) = 0.2
    // all: m13 p3 n2, n 18, off-diagonal 2 + 3 + 3 = 8 → 1 − 17·8/(324 − 182) = 6/142 ≈ 0.04
    expect(squeeze(released.out)).toBe(
      [
        'released north-2026',
        'cycle north-2026: north, small v1, 2026 (as of 2026-06-30), released, lead lee',
        'dimension consensus alice bob carol change vs 2025 alpha',
        'a Alignment defined managed defined initial ↑ +1 (was initial) 0.00 (low)',
        'b Basics defined managed defined defined ↓ -1 (was managed) 0.20 (low)',
        'agreement: alpha 0.04 (low)',
        'disputed: none',
        '',
      ].join('\n')
    );
    const json = await scorecard('maturity', 'results', 'north-2026', '--json', ...s());
    const results = JSON.parse(json.out) as CycleResults;
    expect(results).toMatchObject({ state: 'released', disputed: [], change: { a: 1, b: -1 } });
    const table = await scorecard('maturity', 'results', 'north-2026', ...s());
    expect(table.out).toBe(released.out.replace('released north-2026\n', ''));
    const again = await scorecard('maturity', 'release', 'north-2026', ...s());
    expect(again.code).toBe(1);
    expect(again.out).toBe('');
  });

  it('lists cycles by state and records an exemption', async () => {
    const listed = await scorecard('maturity', 'cycles', '--state', 'released', '--unit', 'north', ...s());
    expect(squeeze(listed.out)).toBe(
      'id unit year model state progress\n' +
        'north-2025 north 2025 small v1 released alice 6/6\n' +
        'north-2026 north 2026 small v1 released alice 6/6, bob 6/6, carol 6/6\n'
    );
    const badState = await scorecard('maturity', 'cycles', '--state', 'done', ...s());
    expect(badState.code).toBe(2);
    expect(badState.err).toMatch(/^scorecard: --state: /);
    const exempt = await scorecard(
      'maturity', 'exempt', '--model', 'small', '--unit', 'south', '--criterion', 'a3',
      '--reason', 'no reviews in a start-up year', '--expires', '2026-12-31', ...s()
    ); // prettier-ignore
    expect(exempt.out).toBe('exempted south from small a3 until 2026-12-31 (by lee): no reviews in a start-up year\n');
  });
});
