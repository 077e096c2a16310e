import { kpi } from '../../registry/contract/fixtures';
import { ValueEngineError } from './errors';
import { MAX_EXPRESSION_DEPTH } from './plan';
import { countOf, expressionOf, kpiWith } from './testing/history';
import { type FakeEvent } from './testing/runners';
import { at, fixture, JANUARY, values } from './testing/setup';

const APPROVED = '2025-01-01T00:00:00Z';
const day = (d: number, hour = 8) => `2026-01-${String(d).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
const events = (event: string, days: number[], segment?: string): FakeEvent[] =>
  days.map((d, i) => ({ time: day(d, i % 20), event, ...(segment === undefined ? {} : { segment }) }));

describe('ValueEngine expressions', () => {
  it('evaluates per bucket over its inputs, null with missing-input where an input has none', async () => {
    const f = fixture([...events('won', [1, 2, 2]), ...events('lead', [1, 1, 2, 2, 2, 2, 3])]);
    f.history.add(kpiWith('won', countOf('won')), APPROVED);
    f.history.add(kpiWith('leads', countOf('lead')), APPROVED);
    f.history.add(kpiWith('rate', expressionOf('100 * w / l', { w: 'won', l: 'leads' })), APPROVED);
    const [result] = await f.engine.computeKpi('rate', JANUARY);
    expect(values(result?.points ?? []).slice(0, 4)).toEqual([50, 50, null, null]);
    expect(result?.points[2]).toEqual({
      time: at('2026-01-03T00:00:00Z'),
      value: null,
      flags: ['missing-input'],
      reason: 'no value for "w"',
    });
    expect(result?.points.length).toBe(10);
  });

  it('division by zero gives null with its flag and reason; coalesce fills a missing input', async () => {
    const f = fixture(events('a', [1, 2]));
    f.history.add(kpiWith('a', countOf('a')), APPROVED);
    f.history.add(kpi('z', { calculation: { sql: { query: 'SELECT 0' } } }), APPROVED);
    f.sql.series = [{ points: [{ time: at('2026-01-01T00:00:00Z'), value: 0 }] }];
    f.history.add(kpiWith('ratio', expressionOf('a / z', { a: 'a', z: 'z' })), APPROVED);
    f.history.add(kpiWith('filled', expressionOf('coalesce(z, 5) + a', { a: 'a', z: 'z' })), APPROVED);
    const [ratio] = await f.engine.computeKpi('ratio', JANUARY);
    expect(ratio?.points[0]).toEqual({
      time: at('2026-01-01T00:00:00Z'),
      value: null,
      flags: ['division-by-zero'],
      reason: 'division by zero',
    });
    const [filled] = await f.engine.computeKpi('filled', JANUARY);
    expect(filled?.points[1]).toEqual({ time: at('2026-01-02T00:00:00Z'), value: 6 });
  });

  it('inherits insufficient-sample from any input point', async () => {
    const f = fixture([...events('a', [1, 1, 1]), ...events('b', [1])]);
    f.history.add(kpiWith('a', countOf('a'), 2), APPROVED);
    f.history.add(kpiWith('b', countOf('b'), 2), APPROVED);
    f.history.add(kpiWith('sum', expressionOf('a + b', { a: 'a', b: 'b' })), APPROVED);
    const [result] = await f.engine.computeKpi('sum', JANUARY);
    expect(result?.points[0]).toEqual({ time: JANUARY.range.from, value: 4, flags: ['insufficient-sample'] });
  });

  it('nests: an expression over an expression', async () => {
    const f = fixture(events('a', [1, 1]));
    f.history.add(kpiWith('a', countOf('a')), APPROVED);
    f.history.add(kpiWith('double', expressionOf('2 * a', { a: 'a' })), APPROVED);
    f.history.add(kpiWith('quad', expressionOf('d + d', { d: 'double' })), APPROVED);
    const [result] = await f.engine.computeKpi('quad', JANUARY);
    expect(result?.points[0]?.value).toBe(8);
  });

  it('breaks down per value the inputs have; a value one input lacks is a missing input', async () => {
    const f = fixture([...events('won', [1], 'smb'), ...events('lead', [1, 1], 'smb'), ...events('lead', [1], 'ent')]);
    f.history.add(kpiWith('won', countOf('won')), APPROVED);
    f.history.add(kpiWith('leads', countOf('lead')), APPROVED);
    f.history.add(kpiWith('rate', expressionOf('w / l', { w: 'won', l: 'leads' })), APPROVED);
    const results = await f.engine.computeKpi('rate', { ...JANUARY, breakdown: 'segment' });
    expect(results.map((r) => [r.breakdown?.value, r.points[0]?.value, r.points[0]?.flags])).toEqual([
      ['ent', null, ['missing-input']],
      ['smb', 0.5, undefined],
    ]);
  });

  it('refuses a breakdown when an input cannot be broken down', async () => {
    const f = fixture(events('a', [1]));
    f.history.add(kpiWith('a', countOf('a')), APPROVED);
    f.history.add(kpi('goal', { calculation: { manual: {} } }), APPROVED);
    f.history.add(kpiWith('gap', expressionOf('g - a', { a: 'a', g: 'goal' })), APPROVED);
    await expect(f.engine.computeKpi('gap', { ...JANUARY, breakdown: 'segment' })).rejects.toThrow(
      new ValueEngineError('breakdown-unsupported', 'KPI goal (version 1, manual) cannot be broken down by "segment"')
    );
  });

  it('computes inputs with the same definition mode: effective and current differ only before an input’s switch', async () => {
    const f = fixture([...events('a', [1, 2, 3, 4, 5, 6]), ...events('b', [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6])]);
    f.history.add(kpiWith('in', countOf('a')), APPROVED);
    f.history.add(kpiWith('in', countOf('b')), '2026-01-04T00:00:00Z');
    f.history.add(kpiWith('ten-x', expressionOf('10 * x', { x: 'in' })), APPROVED);
    const [effective] = await f.engine.computeKpi('ten-x', JANUARY);
    const [current] = await f.engine.computeKpi('ten-x', { ...JANUARY, definition: 'current' });
    const [asOf] = await f.engine.computeKpi('ten-x', { ...JANUARY, definition: { asOf: '2026-01-02T00:00:00Z' } });
    const [pinned] = await f.engine.computeKpi('ten-x', { ...JANUARY, definition: { version: 1 } });
    expect(values(effective?.points ?? []).slice(0, 6)).toEqual([10, 10, 10, 20, 20, 20]);
    expect(values(current?.points ?? []).slice(0, 6)).toEqual([20, 20, 20, 20, 20, 20]);
    expect(values(asOf?.points ?? []).slice(0, 6)).toEqual([10, 10, 10, 10, 10, 10]);
    // a pinned version names the expression's version; its inputs take the default, effective
    expect(values(pinned?.points ?? [])).toEqual(values(effective?.points ?? []));
  });

  it('switches its own definition where its versions do', async () => {
    const f = fixture([...events('a', [1, 9]), ...events('b', [1, 9])]);
    f.history.add(kpiWith('a', countOf('a')), APPROVED);
    f.history.add(kpiWith('b', countOf('b')), APPROVED);
    f.history.add(kpiWith('e', expressionOf('a', { a: 'a' })), APPROVED);
    f.history.add(kpiWith('e', expressionOf('a + b + 1', { a: 'a', b: 'b' })), '2026-01-05T00:00:00Z');
    const [result] = await f.engine.computeKpi('e', JANUARY);
    expect([result?.points[0]?.value, result?.points[8]?.value]).toEqual([1, 3]);
    expect(result?.versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it('guards against cycles and too deep nesting', async () => {
    const f = fixture();
    f.history.add(kpiWith('x', expressionOf('y', { y: 'y' })), APPROVED);
    f.history.add(kpiWith('y', expressionOf('x + 1', { x: 'x' })), APPROVED);
    await expect(f.engine.computeKpi('x', JANUARY)).rejects.toThrow(
      new ValueEngineError('expression-cycle', 'KPI x depends on itself: x → y → x')
    );
    for (let i = 0; i <= MAX_EXPRESSION_DEPTH; i++) {
      f.history.add(kpiWith(`d${i}`, expressionOf('n + 1', { n: `d${i + 1}` })), APPROVED);
    }
    f.history.add(kpiWith(`d${MAX_EXPRESSION_DEPTH + 1}`, countOf('a')), APPROVED);
    await expect(f.engine.computeKpi('d0', JANUARY)).rejects.toMatchObject({ code: 'expression-too-deep' });
    await expect(f.engine.computeKpi('d1', JANUARY)).resolves.toHaveLength(1);
  });

  it('reports a broken definition clearly', async () => {
    const f = fixture();
    f.history.add(kpiWith('bad', expressionOf('a +', { a: 'a' })), APPROVED);
    f.history.add(kpiWith('unknown', expressionOf('a + c', { a: 'a' })), APPROVED);
    await expect(f.engine.computeKpi('bad', JANUARY)).rejects.toMatchObject({ code: 'invalid-definition' });
    await expect(f.engine.computeKpi('unknown', JANUARY)).rejects.toThrow(
      'KPI unknown version 1: the expression uses "c", which is not under inputs'
    );
  });
});
