import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchmarkFile } from '../../core/maturity/benchmark-api';
import { stringify } from 'yaml';
import { smallModel } from '../maturity/testing';
import { LocalMaturity } from '../maturity/target/local-maturity';
import { openStore } from '../store/open-store';
import { applySmallModel, scorecard, squeeze } from '../test-support/run-cli';

type Answers = Record<string, 'met' | 'not-met'>;
const ALL_MET: Answers = { a1: 'met', a2: 'met', a3: 'met', b1: 'met', b3: 'met' };
// b2 is met by the registry's evidence in every cycle
const UNITS_2026: Array<[string, Answers]> = [
  ['harbour-ops', ALL_MET], // a managed, b managed
  ['quarry-sales', ALL_MET], // a managed, b managed
  ['meadow-support', { ...ALL_MET, a3: 'not-met', b3: 'not-met' }], // a defined, b defined
  ['lantern-finance', { ...ALL_MET, a2: 'not-met', b1: 'not-met' }], // a initial, b none
  ['orchard-hr', { ...ALL_MET, a1: 'not-met' }], // a none, b managed
  ['canyon-it', { ...ALL_MET, a3: 'not-met' }], // a defined, b managed
];
const UNITS_2025: Array<[string, Answers]> = [
  ['glacier-legal', ALL_MET],
  ['tundra-labs', ALL_MET],
  ['prairie-ops', { ...ALL_MET, a1: 'not-met' }],
];
const UNIT_NAMES = [...UNITS_2026, ...UNITS_2025].map(([unit]) => unit);

let dir: string;
let store: string;
const s = () => ['--store', store, '--author', 'lee'];

/** One released cycle per unit, assessed by alice alone. */
async function release(year: number, units: Array<[string, Answers]>, asOf?: string): Promise<void> {
  const opened = await openStore(store);
  const target = await LocalMaturity.open(opened, 'lee');
  try {
    for (const [unit, answers] of units) {
      const id = `${unit}-${year}`;
      const when = asOf === undefined ? {} : { asOf };
      await target.createCycle({ id, model: 'small', unit, year, assessors: ['alice'], lead: 'lee', ...when });
      const body = Object.fromEntries(Object.entries(answers).map(([c, answer]) => [c, { answer }]));
      await target.answer(id, 'alice', { answers: body });
      await target.release(id);
    }
  } finally {
    await target.close();
  }
}

/** `benchmark export` to a file; its text and its parsed content. */
async function exported(year: string, minGroup: string): Promise<{ text: string; file: BenchmarkFile }> {
  const out = join(dir, `bench-${year}-${minGroup}.json`);
  const run = await scorecard(
    'benchmark', 'export', '--model', 'small', '--year', year, '--min-group', minGroup, '--source', 'Our org',
    '--out', out, ...s()
  ); // prettier-ignore
  expect(run).toMatchObject({ code: 0, err: '' });
  const text = await readFile(out, 'utf8');
  return { text, file: JSON.parse(text) as BenchmarkFile };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scorecard-benchmark-cli-'));
  store = join(dir, 'kpi.duckdb');
  await applySmallModel(store, dir);
  await release(2026, UNITS_2026);
  await release(2025, UNITS_2025);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('scorecard benchmark', () => {
  it('exports counts and medians without any unit name', async () => {
    const { text, file } = await exported('2026', '5');
    for (const unit of UNIT_NAMES) {
      expect(text).not.toContain(unit);
    }
    // a: none 1 (orchard), initial 1, defined 2, managed 2; indices sorted 0 1 2 2 3 3, the 3rd smallest is 2
    // b: none 1 (lantern), defined 1, managed 4; indices sorted 0 2 3 3 3 3, the 3rd smallest is 3
    expect(file).toMatchObject({ format: 'scorecard-benchmark/v1', source: 'Our org', model: 'small', year: 2026 });
    expect(file.dimensions).toEqual([
      { id: 'a', n: 6, counts: { none: 1, initial: 1, defined: 2, managed: 2 }, median: 'defined', medianIndex: 2 },
      { id: 'b', n: 6, counts: { none: 1, initial: 0, defined: 1, managed: 4 }, median: 'managed', medianIndex: 3 },
    ]);
  });

  it('leaves out the counts and the size of every group under the minimum', async () => {
    // 6 units under a minimum of 7, and 3 units in 2025 under 5
    for (const [year, minGroup] of [
      ['2026', '7'],
      ['2025', '5'],
    ] as const) {
      const { text, file } = await exported(year, minGroup);
      for (const unit of UNIT_NAMES) {
        expect(text).not.toContain(unit);
      }
      expect(file.dimensions).toEqual([
        { id: 'a', suppressed: true },
        { id: 'b', suppressed: true },
      ]);
      expect(text).not.toMatch(/"(n|counts|median|medianIndex|ranks)"/);
    }
    const stdout = await scorecard(
      'benchmark', 'export', '--model', 'small', '--year', '2025', '--source', 'Our org', ...s()
    ); // prettier-ignore
    expect(JSON.parse(stdout.out)).toMatchObject({
      minGroup: 5,
      dimensions: [{ suppressed: true }, { suppressed: true }],
    });
  });

  it('shows the table, suppressed reasons and the peers imported', async () => {
    const shown = await scorecard('benchmark', 'show', '--model', 'small', '--year', '2026', ...s());
    expect(squeeze(shown.out)).toBe(
      [
        'benchmarks of small 2026: 6 released cycles, groups under 5 units suppressed',
        'dimension n initial defined managed none median',
        'a 6 1 2 2 1 defined',
        'b 6 0 1 4 1 managed',
        'peers: none imported',
        '',
      ].join('\n')
    );
    const small = await scorecard('benchmark', 'show', '--model', 'small', '--year', '2025', ...s());
    expect(squeeze(small.out)).toContain('a - - - - - suppressed: only 3 units (fewer than the minimum group of 5)');

    const { file } = await exported('2026', '5');
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ ...file, format: 'v0', year: '2026' }));
    const refused = await scorecard('benchmark', 'import', bad, ...s());
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(new RegExp(`^scorecard: ${bad}: at format: .*; ${bad}: at year: `));

    const good = join(dir, 'peer.json');
    await writeFile(good, JSON.stringify({ ...file, source: 'Peer Co' }));
    const imported = await scorecard('benchmark', 'import', good, ...s());
    expect(imported.out).toMatch(/^imported Peer Co's benchmarks of small 2026 as peer \S+\n$/);
    const withPeer = await scorecard('benchmark', 'show', '--model', 'small', '--year', '2026', ...s());
    expect(withPeer.out).toContain('peers:\n  Peer Co (2026, min group 5): median a defined, b managed\n');
  });

  it('suppresses the one dimension too few units were assessed on, keeping the others', async () => {
    // 2024: five units on version 1 (dimensions a, b), then version 2 adds dimension c and two units use it
    const v1 = ['willow-ops', 'birch-sales', 'cedar-support', 'maple-finance', 'aspen-hr'];
    const v2 = ['spruce-it', 'rowan-legal'];
    await release(
      2024,
      v1.map((unit) => [unit, ALL_MET] as [string, Answers]),
      '2024-06-30'
    );
    const model = smallModel();
    const c = { id: 'c', name: 'Culture', criteria: [{ id: 'c1', stage: 'initial', text: 'Figures are discussed' }] };
    const next = {
      ...model,
      metadata: { ...model.metadata, effectiveFrom: '2024-07-01' },
      spec: { ...model.spec, dimensions: [...model.spec.dimensions, c] },
    };
    const yaml = join(dir, 'model-v2.yaml');
    await writeFile(yaml, stringify(next));
    expect((await scorecard('apply', yaml, '--approve', ...s())).code).toBe(0);
    await release(
      2024,
      v2.map((unit) => [unit, { ...ALL_MET, c1: 'met' }] as [string, Answers]),
      '2024-09-30'
    );

    const { text, file } = await exported('2024', '5');
    for (const unit of [...UNIT_NAMES, ...v1, ...v2]) {
      expect(text).not.toContain(unit);
    }
    // a and b: 7 units, all managed; c: 2 units < 5
    expect(file.dimensions).toEqual([
      { id: 'a', n: 7, counts: { none: 0, initial: 0, defined: 0, managed: 7 }, median: 'managed', medianIndex: 3 },
      { id: 'b', n: 7, counts: { none: 0, initial: 0, defined: 0, managed: 7 }, median: 'managed', medianIndex: 3 },
      { id: 'c', suppressed: true },
    ]);
    const shown = await scorecard('benchmark', 'show', '--model', 'small', '--year', '2024', ...s());
    expect(squeeze(shown.out)).toContain('c - - - - - suppressed: only 2 units (fewer than the minimum group of 5)');
  });
});
