import { type CycleResults } from '../../core/maturity/api';
import { evidenceKpis, smallModel } from '../maturity/testing';
import { useApiOn } from '../test-support/api';
import { STORE_PLACES } from '../test-support/places';

const cycles = '/api/v1/maturity/cycles';
const as = (user: string) => ({ as: 'viewer' as const, user });
const lead = as('lee');
const createBody = (over: Record<string, unknown> = {}) => ({
  id: 'north-2026',
  model: 'small',
  unit: 'north',
  year: 2026,
  asOf: '2026-06-30',
  assessors: ['alice', 'bob', 'carol'],
  lead: 'lee',
  ...over,
});
const stagesOf = (r: CycleResults) => Object.fromEntries(r.dimensions.map((d) => [d.id, d.stage]));

describe.each(STORE_PLACES)('maturity API on %s', (_kind, newPlace) => {
  const env = useApiOn(newPlace);

  beforeAll(async () => {
    const documents = [smallModel(), ...evidenceKpis()];
    const applied = await env.api.call('POST', '/api/v1/apply', { body: { documents, approve: true } });
    expect(applied.statusCode).toBe(200);
    // last year's cycle: one assessor, all met but a2 → a at initial, b at managed (b2 by evidence)
    const prior = createBody({ id: 'north-2025', year: 2025, asOf: '2025-06-30', assessors: ['alice'] });
    expect((await env.api.call('POST', cycles, { as: 'approver', user: 'pat', body: prior })).statusCode).toBe(201);
    const answers = { a1: 'met', a2: 'not-met', a3: 'met', b1: 'met', b3: 'met' };
    const body = { answers: Object.fromEntries(Object.entries(answers).map(([k, answer]) => [k, { answer }])) };
    const put = await env.api.call('PUT', `${cycles}/north-2025/responses/alice`, { ...as('alice'), body });
    expect(put.json()).toMatchObject({ state: 'calibration', progress: { alice: 6 }, criteria: 6 });
    const released = await env.api.call('POST', `${cycles}/north-2025/release`, lead);
    expect(released.statusCode).toBe(200);
    expect(stagesOf(released.json<CycleResults>())).toEqual({ a: 'initial', b: 'managed' });
  });

  it('creates a cycle pinned to the model version in force, one per unit, model and year', async () => {
    const viewer = await env.api.call('POST', cycles, { ...as('alice'), body: createBody() });
    expect(viewer.statusCode).toBe(403);
    const res = await env.api.call('POST', cycles, { as: 'approver', user: 'pat', body: createBody() });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ state: 'open', modelVersion: 1, createdBy: 'pat', progress: { alice: 1 } });
    const again = await env.api.call('POST', cycles, { as: 'approver', body: createBody({ id: 'north-again' }) });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(
      'north already has cycle north-2026 for small in 2026: one cycle per unit, model and year'
    );
    const list = await env.api.call('GET', `${cycles}?unit=north`, as('anyone'));
    expect(list.json().cycles.map((c: { id: string }) => c.id)).toEqual(['north-2025', 'north-2026']);
  });

  it('refuses bad input with the place named and writes nothing', async () => {
    const unknown = await env.api.call('PUT', `${cycles}/north-2026/responses/alice`, {
      ...as('alice'),
      body: { answers: { a1: { answer: 'met' }, zz: { answer: 'met' } } },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ path: 'answers.zz' });
    const badAnswer = await env.api.call('PUT', `${cycles}/north-2026/responses/alice`, {
      ...as('alice'),
      body: { answers: { a1: { answer: 'yes' } } },
    });
    expect(badAnswer.statusCode).toBe(400);
    expect(badAnswer.json().error.path).toMatch(/^body\.answers\.a1\.answer/);
    const override = await env.api.call('PUT', `${cycles}/north-2026/responses/bob`, {
      ...as('bob'),
      body: { answers: { a1: { answer: 'met' }, b2: { answer: 'not-met' } } },
    });
    expect(override.statusCode).toBe(400);
    expect(override.json().error).toEqual({
      code: 'invalid',
      message:
        'b2: the registry answers met (1 of 2 KPIs state their assumptions (50%)); answering not-met instead needs a note',
      path: 'answers.b2.note',
    });
    const notOnCycle = await env.api.call('PUT', `${cycles}/north-2026/responses/dave`, {
      ...as('dave'),
      body: { answers: { a1: { answer: 'met' } } },
    });
    expect(notOnCycle.statusCode).toBe(403);
    const forOther = await env.api.call('PUT', `${cycles}/north-2026/responses/bob`, {
      ...as('carol'),
      body: { answers: { a1: { answer: 'met' } } },
    });
    expect(forOther.statusCode).toBe(403);
    const cycle = await env.api.call('GET', `${cycles}/north-2026`, as('anyone'));
    expect(cycle.json().progress).toEqual({ alice: 1, bob: 1, carol: 1 });
  });

  it('keeps answers private while open, then computes stages, consensus, agreement and disputes', async () => {
    const answer = async (who: string, answers: Record<string, string | [string, string]>) => {
      const entries = Object.entries(answers).map(([id, a]) => [
        id,
        typeof a === 'string' ? { answer: a } : { answer: a[0], note: a[1] },
      ]);
      return env.api.call('PUT', `${cycles}/north-2026/responses/${who}`, {
        ...as(who),
        body: { answers: Object.fromEntries(entries) },
      });
    };
    expect((await answer('alice', { a1: 'met', a2: 'met', a3: 'partial', b1: 'met', b3: 'met' })).statusCode).toBe(200);
    const peek = await env.api.call('GET', `${cycles}/north-2026/responses/alice`, as('bob'));
    expect(peek.statusCode).toBe(403);
    const own = await env.api.call('GET', `${cycles}/north-2026/responses/alice`, as('Alice'));
    expect(own.json().answers.b2).toMatchObject({ answer: 'met', source: 'evidence' });
    const bob = await answer('bob', {
      a1: 'met',
      a2: 'not-met',
      a3: 'met',
      b1: 'met',
      b2: ['not-met', 'assumptions are boilerplate'],
      b3: 'n/a',
    });
    expect(bob.json().state).toBe('open');
    const early = await env.api.call('POST', `${cycles}/north-2026/release`, lead);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('waiting for carol (1 of 6)');
    const carol = await answer('carol', { a1: 'met', a2: 'met', a3: 'not-met', b1: 'n/a', b3: 'met' });
    expect(carol.json().state).toBe('calibration');

    const results = (await env.api.call('GET', `${cycles}/north-2026/results`, as('anyone'))).json<CycleResults>();
    // a3: partial / met / not-met has no strict majority; b1: met, met, n/a → met (2 of 2)
    expect(results.disputed).toEqual(['a3']);
    expect(stagesOf(results)).toEqual({ a: 'defined', b: 'managed' });
    expect(results.dimensions.map((d) => d.byAssessor)).toEqual([
      { alice: 'defined', bob: 'initial', carol: 'defined' },
      { alice: 'managed', bob: 'initial', carol: 'managed' },
    ]);
    // coincidences: o(M,M) 9, o(M,N) = o(N,M) 2.5, o(M,P) = o(P,M) = o(N,P) = o(P,N) 0.5; n_M 12, n_N 3, n_P 1, n 16
    // α = 1 − 15 × 7 / (2 × (12×3 + 12×1 + 3×1)) = 1 − 105/102; per dimension a: 1 − 8×5/40 = 0, b: 1 − 6×2/12 = 0
    expect(results.agreement.alpha).toBeCloseTo(-3 / 102, 12);
    expect(results.agreement.byDimension).toEqual({ a: 0, b: 0 });
    expect(results.previous).toEqual({
      cycle: 'north-2025',
      year: 2025,
      dimensions: [
        { id: 'a', stage: 'initial' },
        { id: 'b', stage: 'managed' },
      ],
    });
    expect(results.change).toEqual({ a: 1, b: 0 });
  });

  it('releases only when no dispute remains; the lead settles; released cycles are locked', async () => {
    const blocked = await env.api.call('POST', `${cycles}/north-2026/release`, lead);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.message).toBe('cycle north-2026 cannot be released while 1 criteria are disputed: a3');
    const notLead = await env.api.call('PUT', `${cycles}/north-2026/consensus`, {
      ...as('alice'),
      body: { answers: { a3: { answer: 'met' } } },
    });
    expect(notLead.statusCode).toBe(403);
    const overrule = await env.api.call('PUT', `${cycles}/north-2026/consensus`, {
      ...lead,
      body: { answers: { a2: { answer: 'not-met' } } },
    });
    expect(overrule.statusCode).toBe(400);
    const settled = await env.api.call('PUT', `${cycles}/north-2026/consensus`, {
      ...lead,
      body: { answers: { a3: { answer: 'met', note: 'reviews happen monthly (minutes seen)' } } },
    });
    expect(settled.json<CycleResults>().disputed).toEqual([]);
    const released = await env.api.call('POST', `${cycles}/north-2026/release`, lead);
    expect(released.statusCode).toBe(200);
    const results = released.json<CycleResults>();
    expect(results.state).toBe('released');
    expect(stagesOf(results)).toEqual({ a: 'managed', b: 'managed' });
    expect(results.change).toEqual({ a: 2, b: 0 });
    const late = await env.api.call('PUT', `${cycles}/north-2026/responses/alice`, {
      ...as('alice'),
      body: { answers: { a1: { answer: 'not-met' } } },
    });
    expect(late.statusCode).toBe(409);
    const exempt = await env.api.call('PUT', '/api/v1/maturity/exemptions', {
      as: 'approver',
      body: { model: 'small', unit: 'north', criterion: 'a3', reason: 'no reviews this year', expires: '2026-12-31' },
    });
    expect(exempt.statusCode).toBe(200);
    const after = await env.api.call('GET', `${cycles}/north-2026/results`, as('anyone'));
    const { benchmark, ...frozen } = after.json<CycleResults>();
    expect(frozen).toEqual(results);
    expect(benchmark?.internal.a).toEqual({
      n: 1,
      rank: null,
      median: null,
      reason: 'only 1 unit (fewer than the minimum group of 5)',
    });
  });

  it('logs every change in the audit chain, which still verifies', async () => {
    const audit = await env.api.call('GET', '/api/v1/audit?limit=1000', { as: 'viewer' });
    const actions = audit
      .json<Array<{ action: string; id: string; actor: string }>>()
      .filter((e) => e.action.startsWith('maturity.'));
    expect(actions.filter((e) => e.id === 'north-2026').map((e) => `${e.action} ${e.actor}`)).toEqual([
      'maturity.create pat',
      'maturity.answer alice',
      'maturity.answer bob',
      'maturity.answer carol',
      'maturity.calibration carol',
      'maturity.settle lee',
      'maturity.release lee',
    ]);
    expect((await env.api.call('GET', '/api/v1/audit/verify', { as: 'viewer' })).json()).toMatchObject({ ok: true });
  });
});
