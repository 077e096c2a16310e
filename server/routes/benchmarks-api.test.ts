import { type CycleResults } from '../../core/maturity/api';
import { type BenchmarkFile, type Benchmarks, type PeerBenchmark } from '../../core/maturity/benchmark-api';
import { type DimensionStages } from '../../core/maturity/types';
import { answersForStages, peerFile } from '../maturity/benchmark-testing';
import { evidenceKpis, smallModel } from '../maturity/testing';
import { useApiOn } from '../test-support/api';
import { STORE_PLACES } from '../test-support/places';

const cycles = '/api/v1/maturity/cycles';
const approver = { as: 'approver' as const, user: 'pat' };
const as = (user: string) => ({ as: 'viewer' as const, user });
// consensus stages per unit (a, b); perth is answered by three assessors, cairo is never released
const released: Array<[string, DimensionStages]> = [
  ['oslo', { a: 'initial', b: 'initial' }],
  ['lima', { a: 'defined', b: 'initial' }],
  ['quito', { a: 'defined', b: 'initial' }],
  ['perth', { a: 'managed', b: 'managed' }],
  ['dakar', { a: null, b: 'defined' }],
  ['hanoi', { a: 'managed', b: 'initial' }],
];
const unitNames = [...released.map(([unit]) => unit), 'cairo'];
const few = (n: number, min: number) => `only ${n} units (fewer than the minimum group of ${min})`;
// first import: a 0,1,1,2,2,2,2,3,3,3 → 5th smallest 2; b 1,1,2,2,2,3,3,3 → 4th smallest 2
const globexFirst = peerFile('Globex', [
  { id: 'a', n: 10, counts: { none: 1, initial: 2, defined: 4, managed: 3 }, median: 'defined', medianIndex: 2 },
  { id: 'b', n: 8, counts: { none: 0, initial: 2, defined: 3, managed: 3 }, median: 'defined', medianIndex: 2 },
]);
// re-import: a 1,2,3,3,3 → 3rd smallest 3; b suppressed
const globexA = {
  id: 'a',
  n: 5,
  counts: { none: 0, initial: 1, defined: 1, managed: 3 },
  median: 'managed',
  medianIndex: 3,
};
const globex = peerFile('Globex', [globexA, { id: 'b', suppressed: true }]);

describe.each(STORE_PLACES)('benchmarks API on %s', (_kind, newPlace) => {
  const env = useApiOn(newPlace);
  const answer = async (id: string, who: string, stages: DimensionStages, over = {}) => {
    const body = { answers: { ...answersForStages(smallModel(), stages), ...over } };
    const res = await env.api.call('PUT', `${cycles}/${id}/responses/${who}`, { ...as(who), body });
    expect(res.statusCode).toBe(200);
    return res.json<{ state: string }>().state;
  };
  const create = async (unit: string, assessors: string[]) => {
    const body = { id: `${unit}-2026`, model: 'small', unit, year: 2026, asOf: '2026-06-30', assessors, lead: 'lee' };
    expect((await env.api.call('POST', cycles, { ...approver, body })).statusCode).toBe(201);
  };
  const results = async (id: string, query = '') =>
    (await env.api.call('GET', `${cycles}/${id}/results${query}`, as('anyone'))).json<CycleResults>();

  beforeAll(async () => {
    const documents = [smallModel(), ...evidenceKpis()];
    expect((await env.api.call('POST', '/api/v1/apply', { body: { documents, approve: true } })).statusCode).toBe(200);
    for (const [unit, stages] of released) {
      const id = `${unit}-2026`;
      if (unit === 'perth') {
        await create(unit, ['alice', 'bob', 'carol']);
        await answer(id, 'alice', stages);
        // bob misses b3, carol misses a3: each outvoted 2 to 1, so the consensus stays managed on both
        await answer(id, 'bob', stages, { b3: { answer: 'not-met' } });
        expect(await answer(id, 'carol', stages, { a3: { answer: 'not-met' } })).toBe('calibration');
      } else {
        await create(unit, ['alice']);
        expect(await answer(id, 'alice', stages)).toBe('calibration');
      }
      const release = await env.api.call('POST', `${cycles}/${id}/release`, as('lee'));
      expect(release.statusCode).toBe(200);
      const got = release.json<CycleResults>().dimensions.map((d) => [d.id, d.stage]);
      expect(Object.fromEntries(got)).toEqual(stages);
    }
    // answered in full (releasable) but not released: must not be counted
    await create('cairo', ['alice']);
    expect(await answer('cairo-2026', 'alice', { a: 'managed', b: 'managed' })).toBe('calibration');
    expect((await results('perth-2026')).dimensions.map((d) => d.byAssessor)).toEqual([
      { alice: 'managed', bob: 'managed', carol: 'defined' },
      { alice: 'managed', bob: 'defined', carol: 'managed' },
    ]);
  });

  it('counts released units per stage with the lower median and percentile ranks, or suppresses small groups', async () => {
    const res = await env.api.call('GET', '/api/v1/benchmarks?model=small&year=2026&minGroup=5', as('anyone'));
    expect(res.statusCode).toBe(200);
    const b = res.json<Benchmarks>();
    expect(b).toMatchObject({ model: 'small', year: 2026, minGroup: 5, units: 6, peers: [] });
    expect(b.dimensions).toEqual([
      {
        id: 'a',
        name: 'Alignment',
        n: 6,
        suppressed: false,
        // indices oslo 1, lima 2, quito 2, perth 3, dakar 0, hanoi 3 → sorted 0,1,2,2,3,3; ⌈6/2⌉ = 3rd → 2
        counts: { none: 1, initial: 1, defined: 2, managed: 2 },
        median: 'defined',
        medianIndex: 2,
        // 100 × (below + ½ equal) / 6: index 0 → 0.5/6; 1 → 1.5/6; 2 → (2 + 1)/6; 3 → (4 + 1)/6
        ranks: { dakar: 50 / 6, oslo: 25, lima: 50, quito: 50, perth: 500 / 6, hanoi: 500 / 6 },
      },
      {
        id: 'b',
        name: 'Basics',
        n: 6,
        suppressed: false,
        // indices oslo 1, lima 1, quito 1, perth 3, dakar 2, hanoi 1 → sorted 1,1,1,1,2,3; 3rd → 1
        counts: { none: 0, initial: 4, defined: 1, managed: 1 },
        median: 'initial',
        medianIndex: 1,
        // index 1 → (0 + 2)/6; 2 → (4 + 0.5)/6; 3 → (5 + 0.5)/6
        ranks: { oslo: 200 / 6, lima: 200 / 6, quito: 200 / 6, hanoi: 200 / 6, dakar: 75, perth: 550 / 6 },
      },
    ]);
    const small = await env.api.call('GET', '/api/v1/benchmarks?model=small&year=2026&minGroup=7', as('anyone'));
    expect(small.json<Benchmarks>().dimensions).toEqual([
      { id: 'a', name: 'Alignment', n: 6, suppressed: true, reason: few(6, 7) },
      { id: 'b', name: 'Basics', n: 6, suppressed: true, reason: few(6, 7) },
    ]);
    const otherYear = await env.api.call('GET', '/api/v1/benchmarks?model=small&year=2025', as('anyone'));
    expect(otherYear.json<Benchmarks>()).toMatchObject({ minGroup: 5, units: 0 });
  });

  it('exports only aggregates, for approvers, and nothing of a suppressed dimension', async () => {
    const url = '/api/v1/benchmarks/export?model=small&year=2026&source=Acme';
    expect((await env.api.call('GET', `${url}&minGroup=5`, as('anyone'))).statusCode).toBe(403);
    const res = await env.api.call('GET', `${url}&minGroup=5`, approver);
    expect(res.statusCode).toBe(200);
    for (const unit of unitNames) {
      expect(res.body).not.toContain(unit);
    }
    expect(res.body).not.toContain('ranks');
    const file = res.json<BenchmarkFile>();
    expect(file).toEqual({
      ...peerFile('Acme', [
        { id: 'a', n: 6, counts: { none: 1, initial: 1, defined: 2, managed: 2 }, median: 'defined', medianIndex: 2 },
        { id: 'b', n: 6, counts: { none: 0, initial: 4, defined: 1, managed: 1 }, median: 'initial', medianIndex: 1 },
      ]),
      exportedAt: expect.any(String),
    });
    const suppressed = await env.api.call('GET', `${url}&minGroup=7`, approver);
    expect(suppressed.json<BenchmarkFile>()).toMatchObject({ minGroup: 7 });
    expect(suppressed.json<BenchmarkFile>().dimensions).toEqual([
      { id: 'a', suppressed: true },
      { id: 'b', suppressed: true },
    ]);
  });

  it("imports a peer's file, one per source, model and year, and refuses bad files with the place named", async () => {
    const peers = '/api/v1/benchmarks/peers';
    expect((await env.api.call('POST', peers, { ...as('anyone'), body: globexFirst })).statusCode).toBe(403);
    const first = await env.api.call('POST', peers, { ...approver, body: globexFirst });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ id: 'globex.small.2026', importedBy: 'pat', source: 'Globex' });
    const again = await env.api.call('POST', peers, { ...approver, body: globex });
    expect(again.statusCode).toBe(201);
    const listed = (await env.api.call('GET', peers, as('anyone'))).json<{ peers: PeerBenchmark[] }>().peers;
    expect(listed).toEqual([{ ...globex, id: 'globex.small.2026', importedBy: 'pat', importedAt: expect.any(String) }]);
    const inBenchmarks = await env.api.call('GET', '/api/v1/benchmarks?model=small&year=2026', as('anyone'));
    expect(inBenchmarks.json<Benchmarks>().peers).toEqual(listed);

    const withA = (over: object) => ({ ...peerFile('Initech', []), dimensions: [{ ...globexA, ...over }] });
    const bad: Array<[string, unknown, string]> = [
      ['counts off', withA({ counts: { none: 0, initial: 1, defined: 1, managed: 2 } }), 'dimensions[0].counts'],
      ['below own minGroup', { ...withA({}), minGroup: 6 }, 'dimensions[0].n'],
      ['unknown stage', withA({ counts: { initial: 1, defined: 1, optimised: 3 } }), 'dimensions[0].counts.optimised'],
      [
        'unknown dimension',
        peerFile('Initech', [
          { id: 'a', suppressed: true },
          { id: 'z', suppressed: true },
        ]),
        'dimensions[1].id',
      ],
      ['other stages', { ...withA({}), stages: [{ id: 'initial', name: 'Initial' }] }, 'stages'],
      ['median off', withA({ median: 'defined' }), 'dimensions[0].median'],
      ['unknown model', { ...withA({}), model: 'nope' }, 'model'],
    ];
    for (const [what, body, path] of bad) {
      const res = await env.api.call('POST', peers, { ...approver, body });
      expect({ what, status: res.statusCode, path: res.json().error?.path }).toEqual({ what, status: 400, path });
    }
    expect((await env.api.call('GET', peers, as('anyone'))).json<{ peers: unknown[] }>().peers).toHaveLength(1);
    const audit = await env.api.call('GET', '/api/v1/audit?limit=1000', { as: 'viewer' });
    const imports = audit
      .json<Array<{ action: string; id: string; actor: string }>>()
      .filter((e) => e.action.startsWith('benchmark.'));
    expect(imports.map((e) => `${e.action} ${e.id} ${e.actor}`)).toEqual([
      'benchmark.import globex.small.2026 pat',
      'benchmark.import globex.small.2026 pat',
    ]);
  });

  it("places a released cycle's unit among the others and against each peer", async () => {
    const perth = await results('perth-2026');
    // the ranks of the benchmark above: a (4 + 1)/6, b (5 + 0.5)/6
    expect(perth.benchmark).toEqual({
      minGroup: 5,
      internal: { a: { n: 6, rank: 500 / 6, median: 'defined' }, b: { n: 6, rank: 550 / 6, median: 'initial' } },
      // Globex a = none 0, initial 1, defined 1, managed 3: perth at 3 → 100 × (2 + 3/2) / 5; b suppressed
      peers: [{ source: 'Globex', year: 2026, byDimension: { a: { rank: 70, median: 'managed' } } }],
    });
    // dakar at index 0 with no peer at none: 100 × (0 + 0/2) / 5
    expect((await results('dakar-2026')).benchmark?.peers[0]?.byDimension.a).toEqual({ rank: 0, median: 'managed' });
    const small = await results('perth-2026', '?minGroup=7');
    expect(small.benchmark?.internal).toEqual({
      a: { n: 6, rank: null, median: null, reason: few(6, 7) },
      b: { n: 6, rank: null, median: null, reason: few(6, 7) },
    });
    expect((await results('cairo-2026')).benchmark).toBeUndefined();
  });

  it('refuses a median that does not follow from the counts', async () => {
    const body = peerFile('Umbrella', [
      { id: 'a', n: 5, counts: { none: 0, initial: 0, defined: 0, managed: 5 }, median: 'initial', medianIndex: 1 },
    ]);
    const res = await env.api.call('POST', '/api/v1/benchmarks/peers', { ...approver, body });
    expect(res.statusCode).toBe(400);
    // five units all at managed (index 3): the 3rd smallest index is 3
    expect(res.json().error).toMatchObject({
      path: 'dimensions[0].median',
      message: 'median "initial" (index 1) is not the counts\' lower median "managed" (index 3)',
    });
  });

  it('refuses a file that lists a dimension twice', async () => {
    const body = peerFile('Hooli', [globexA, { ...globexA, counts: { none: 5, initial: 0, defined: 0, managed: 0 } }]);
    const res = await env.api.call('POST', '/api/v1/benchmarks/peers', { ...approver, body });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ path: 'dimensions[1].id', message: 'dimension "a" is listed twice' });
  });
});
