import { kpi } from '../../registry/contract/fixtures';
import { useHarness } from '../../registry/contract/harness';
import { type SqlDb } from '../../store/sql';
import { STORE_PLACES } from '../../test-support/places';
import { expressionOf } from './testing/history';
import { JANUARY, values } from './testing/setup';
import { count, insertJanuary, OWN, putApproved, valueEngine } from './testing/store-engine';

/** Besides January's smb and ent events: three "mid" leads on 1 January (web, web, app), one without a segment on the 2nd. */
async function insertExtraLeads(db: SqlDb): Promise<void> {
  const leads: Array<[string, string | null, string | null]> = [
    ['2026-01-01T15:00:00Z', 'mid', 'web'],
    ['2026-01-01T16:00:00Z', 'mid', 'web'],
    ['2026-01-01T17:00:00Z', 'mid', 'app'],
    ['2026-01-02T15:00:00Z', null, null],
  ];
  for (const [time, segment, channel] of leads) {
    await db.exec(
      "INSERT INTO events (time, event, segment, channel) VALUES (CAST($1 AS TIMESTAMPTZ), 'lead', $2, $3)",
      [time, segment, channel]
    );
  }
}

const smbLeads = kpi('smb-leads', {
  calculation: { measure: { source: 'own', aggregate: 'count', filter: { event: 'lead', segment: 'smb' } } },
});

describe.each(STORE_PLACES)('value engine with a query filter on %s', (kind, newPlace) => {
  const harness = useHarness(kind, newPlace);

  async function setUp() {
    const opened = await harness.open();
    await insertJanuary(opened.store.sql);
    await insertExtraLeads(opened.store.sql);
    opened.clock.set('2025-12-01T00:00:00Z');
    for (const doc of [OWN, count('won', 'won'), count('leads', 'lead'), smbLeads]) {
      await putApproved(opened.registry, doc);
    }
    const rate = kpi('rate', { calculation: expressionOf('100 * w / l', { w: 'won', l: 'leads' }) });
    await putApproved(opened.registry, rate);
    return valueEngine(opened);
  }

  it('counts only the filtered segments, apart from the unfiltered count in the cache', async () => {
    const { engine, resolver } = await setUp();
    try {
      const leads = async (filter?: Record<string, string | string[]>) =>
        values((await engine.computeKpi('leads', { ...JANUARY, ...(filter ? { filter } : {}) }))[0]?.points ?? []);
      // two smb and two ent leads a day, three mid on the 1st, one without a segment on the 2nd
      expect(await leads({ segment: 'smb' })).toEqual(Array(10).fill(2));
      expect(await leads()).toEqual([7, 5, 4, 4, 4, 4, 4, 4, 4, 4]);
      expect(await leads({ segment: ['smb', 'mid'] })).toEqual([5, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
      expect(await leads({ segment: ['mid', 'smb'], channel: 'web' })).toEqual([2, ...Array(9).fill(null)]);
    } finally {
      await resolver.close();
    }
  });

  it('filters every series of a breakdown, expressions through their inputs, and ANDs with the KPI’s own filter', async () => {
    const { engine, resolver } = await setUp();
    try {
      const split = await engine.computeKpi('leads', {
        ...JANUARY,
        breakdown: 'segment',
        filter: { segment: ['smb', 'mid'] },
      });
      expect(split.map((r) => [r.breakdown?.value, values(r.points).slice(0, 3)])).toEqual([
        ['mid', [3, null, null]],
        ['smb', [2, 2, 2]],
      ]);
      const rate = async (filter?: Record<string, string[]>) =>
        values((await engine.computeKpi('rate', { ...JANUARY, ...(filter ? { filter } : {}) }))[0]?.points ?? []);
      // the one won deal a day is smb: 1 of 2 smb leads, 1 of 5 smb and mid leads on the 1st
      expect(await rate({ segment: ['smb'] })).toEqual(Array(10).fill(50));
      expect(await rate({ segment: ['smb', 'mid'] })).toEqual([20, ...Array(9).fill(50)]);
      const unfiltered = await rate();
      expect(unfiltered[0]).toBeCloseTo(100 / 7, 9);
      expect(unfiltered.slice(1)).toEqual([20, ...Array(8).fill(25)]);
      const [ent] = await engine.computeKpi('smb-leads', { ...JANUARY, filter: { segment: 'ent' } });
      expect(values(ent?.points ?? [])).toEqual(Array(10).fill(null));
    } finally {
      await resolver.close();
    }
  });
});
