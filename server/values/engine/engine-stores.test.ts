import { admin, kpi } from '../../registry/contract/fixtures';
import { useHarness } from '../../registry/contract/harness';
import { SqlCheckInStore } from '../../checkins/sql-checkin-store';
import { STORE_PLACES } from '../../test-support/places';
import { expressionOf } from './testing/history';
import { at, JANUARY, values } from './testing/setup';
import { count, insertJanuary, OWN, putApproved, valueEngine } from './testing/store-engine';

describe.each(STORE_PLACES)('value engine on %s', (kind, newPlace) => {
  const harness = useHarness(kind, newPlace);

  it('computes an expression over two measure KPIs, effective and restated with current', async () => {
    const { registry, store, clock } = await harness.open();
    await insertJanuary(store.sql);
    clock.set('2025-12-01T00:00:00Z');
    await putApproved(registry, OWN);
    await putApproved(registry, count('won', 'won'));
    await putApproved(registry, count('leads', 'lead', 5));
    await putApproved(registry, kpi('rate', { calculation: expressionOf('100 * w / l', { w: 'won', l: 'leads' }) }));
    // from 6 January noon, upsells count as won deals too: 7 January is the first bucket computed that way
    clock.set('2026-01-06T12:00:00Z');
    await putApproved(registry, count('won', ['won', 'upsell']));

    const { engine, resolver } = valueEngine({ registry, store });
    try {
      const [effective] = await engine.computeKpi('rate', JANUARY);
      const [current] = await engine.computeKpi('rate', { ...JANUARY, definition: 'current' });
      const [asOf] = await engine.computeKpi('rate', { ...JANUARY, definition: { asOf: '2026-01-01T00:00:00Z' } });
      expect(values(effective?.points ?? [])).toEqual([25, 25, 25, 25, 25, 25, 50, 50, 50, 50]);
      expect(values(current?.points ?? [])).toEqual(Array(10).fill(50));
      expect(values(asOf?.points ?? [])).toEqual(Array(10).fill(25));
      // four leads a day are below the leads KPI's minimum sample of 5
      expect(effective?.points[0]?.flags).toEqual(['insufficient-sample']);

      const [won] = await engine.computeKpi('won', JANUARY);
      expect(won?.versions.map((v) => [v.version, new Date(v.from).toISOString()])).toEqual([
        [1, '2026-01-01T00:00:00.000Z'],
        [2, '2026-01-07T00:00:00.000Z'],
      ]);

      const bySegment = await engine.computeKpi('rate', { ...JANUARY, breakdown: 'segment', definition: 'current' });
      expect(bySegment.map((r) => [r.breakdown?.value, r.points[0]?.value])).toEqual([
        ['ent', 50],
        ['smb', 50],
      ]);
    } finally {
      await resolver.close();
    }
  });

  it('computes sql KPIs with the store’s sql runner, alone and in expressions', async () => {
    const opened = await harness.open();
    const { registry, store, clock } = opened;
    await insertJanuary(store.sql);
    clock.set('2025-12-01T00:00:00Z');
    await putApproved(registry, OWN);
    await putApproved(registry, count('leads', 'lead'));
    const query = `SELECT to_timestamp(floor(extract(epoch FROM time) * 1000 / $__interval_ms) * $__interval_ms / 1000) AS time,
      count(*) AS value FROM events WHERE event = 'won' AND time >= $__timeFrom AND time < $__timeTo GROUP BY 1`;
    await putApproved(registry, kpi('won-sql', { calculation: { sql: { query } } }), admin);
    await putApproved(
      registry,
      kpi('rate', { calculation: expressionOf('100 * w / l', { w: 'won-sql', l: 'leads' }) })
    );
    const { engine, resolver } = valueEngine(opened);
    try {
      const [won] = await engine.computeKpi('won-sql', JANUARY);
      const [rate] = await engine.computeKpi('rate', JANUARY);
      expect(values(won?.points ?? [])).toEqual(Array(10).fill(1));
      expect(values(rate?.points ?? [])).toEqual(Array(10).fill(25));
    } finally {
      await resolver.close();
    }
  });

  it('computes manual KPIs from the store’s check-ins, refreshed when invalidated', async () => {
    const opened = await harness.open();
    const { registry, store, clock } = opened;
    await insertJanuary(store.sql);
    clock.set('2025-12-01T00:00:00Z');
    await putApproved(registry, OWN);
    await putApproved(registry, count('won', 'won'));
    await putApproved(registry, kpi('goal', { calculation: { manual: {} } }));
    await putApproved(registry, kpi('gap', { calculation: expressionOf('g - w', { g: 'goal', w: 'won' }) }));
    const checkIns = new SqlCheckInStore(store.sql);
    const checkIn = (iso: string, value: number) => ({ kpi: 'goal', time: at(iso), value, note: '', author: 'x' });
    await checkIns.add([checkIn('2026-01-01T09:00:00Z', 3), checkIn('2026-01-01T17:00:00Z', 4)]);
    const { engine, resolver } = valueEngine(opened);
    try {
      const [before] = await engine.computeKpi('gap', JANUARY);
      expect(before?.points[0]).toEqual({ time: JANUARY.range.from, value: 3 });
      expect(before?.points[1]).toMatchObject({ value: null, flags: ['missing-input'] });
      await checkIns.add([checkIn('2026-01-02T12:00:00Z', 5)]);
      engine.invalidateKpi('goal');
      const [goal] = await engine.computeKpi('goal', JANUARY);
      const [after] = await engine.computeKpi('gap', JANUARY);
      expect(goal?.points.slice(0, 2)).toEqual([
        { time: JANUARY.range.from, value: 4, sample: 2 },
        { time: at('2026-01-02T00:00:00Z'), value: 5, sample: 1 },
      ]);
      expect(values(after?.points ?? []).slice(0, 3)).toEqual([3, 4, null]);
    } finally {
      await resolver.close();
    }
  });
});
