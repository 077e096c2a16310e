import { countOf, kpiWith } from './testing/history';
import { type FakeEvent } from './testing/runners';
import { at, fixture, JANUARY, values } from './testing/setup';

// Each day of January 1–10 has one event "a" and two events "b".
const EVENTS: FakeEvent[] = Array.from({ length: 10 }, (_, i) => {
  const day = `2026-01-${String(i + 1).padStart(2, '0')}`;
  return [
    { time: `${day}T08:00:00Z`, event: 'a' },
    { time: `${day}T09:00:00Z`, event: 'b' },
    { time: `${day}T10:00:00Z`, event: 'b' },
  ];
}).flat();

/** v1 counts "a" from 2025; v2 counts "b" from 6 January noon, so 7 January is its first whole bucket. */
function changed() {
  const f = fixture(EVENTS);
  const v1 = f.history.add(kpiWith('k', countOf('a')), '2025-06-01T00:00:00Z');
  const v2 = f.history.add(kpiWith('k', countOf('b')), '2026-01-06T12:00:00Z');
  return { ...f, v1, v2 };
}

describe('ValueEngine as-of semantics', () => {
  it('effective (default): each bucket uses the version in force at its start', async () => {
    const f = changed();
    const [result] = await f.engine.computeKpi('k', JANUARY);
    expect(values(result?.points ?? [])).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2]);
    expect(result).toMatchObject({ version: 2, definitionHash: f.v2.hash });
    expect(result?.versions).toEqual([
      { version: 1, hash: f.v1.hash, from: JANUARY.range.from, to: at('2026-01-07T00:00:00Z'), approved: true },
      { version: 2, hash: f.v2.hash, from: at('2026-01-07T00:00:00Z'), to: JANUARY.range.to, approved: true },
    ]);
    expect(f.measure.calls.map((c) => [c.kpi, c.range])).toEqual([
      [f.v1.document, { from: JANUARY.range.from, to: at('2026-01-07T00:00:00Z') }],
      [f.v2.document, { from: at('2026-01-07T00:00:00Z'), to: JANUARY.range.to }],
    ]);
  });

  it('current restates history with today’s version: it differs exactly before the switch', async () => {
    const f = changed();
    const [effective] = await f.engine.computeKpi('k', { ...JANUARY, definition: 'effective' });
    const [current] = await f.engine.computeKpi('k', { ...JANUARY, definition: 'current' });
    expect(values(current?.points ?? [])).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    const differs = (effective?.points ?? []).map((p, i) => p.value !== current?.points[i]?.value);
    expect(differs).toEqual([true, true, true, true, true, true, false, false, false, false]);
    expect(current?.versions).toEqual([{ version: 2, hash: f.v2.hash, ...JANUARY.range, approved: true }]);
  });

  it('version n and asOf pin one definition for the whole range', async () => {
    const f = changed();
    const [v1] = await f.engine.computeKpi('k', { ...JANUARY, definition: { version: 1 } });
    const [before] = await f.engine.computeKpi('k', { ...JANUARY, definition: { asOf: '2026-01-06T11:59:59Z' } });
    const [after] = await f.engine.computeKpi('k', { ...JANUARY, definition: { asOf: '2026-01-06T12:00:00Z' } });
    expect(values(v1?.points ?? [])).toEqual(Array(10).fill(1));
    expect(values(before?.points ?? [])).toEqual(Array(10).fill(1));
    expect(values(after?.points ?? [])).toEqual(Array(10).fill(2));
    expect([v1?.version, before?.version, after?.version]).toEqual([1, 1, 2]);
  });

  it('a version approved for the future leaves current on today’s', async () => {
    const f = changed();
    f.history.add(kpiWith('k', countOf('c')), '2026-06-01T00:00:00Z');
    const [current] = await f.engine.computeKpi('k', { ...JANUARY, definition: 'current' });
    expect(current?.version).toBe(2);
  });

  it('a KPI never approved computes with its latest version, marked unapproved', async () => {
    const f = fixture(EVENTS);
    f.history.add(kpiWith('k', countOf('a')));
    const v2 = f.history.add(kpiWith('k', countOf('b')));
    const [result] = await f.engine.computeKpi('k', JANUARY);
    expect(values(result?.points ?? [])).toEqual(Array(10).fill(2));
    expect(result?.versions).toEqual([{ version: 2, hash: v2.hash, ...JANUARY.range, approved: false }]);
  });
});
