import { type ResourceDocument } from '../../core/schema';
import { approver, editor, journey, putApproved, TestClock } from '../registry/contract/fixtures';
import { createRegistry } from '../registry';
import { type Registry } from '../registry/types';
import { type Store } from '../store/store';
import { type StorePlace } from '../store/store-contract';
import { kpiDoc, scorecardDoc } from '../test-support/documents';
import { STORE_PLACES } from '../test-support/places';
import { selectedKpis } from './select';

const NOW = Date.parse('2026-12-02T09:00:00Z');

const funnel = (): ResourceDocument => {
  const doc = journey('funnel');
  const [first, second] = doc.spec.stages;
  if (first === undefined || second === undefined) {
    throw new Error('the journey fixture has two stages');
  }
  return { ...doc, spec: { ...doc.spec, stages: [{ ...first, id: 'signup', kpis: ['f'] }, second] } };
};

describe.each(STORE_PLACES)('selectedKpis on %s', (_kind, newPlace) => {
  let place: StorePlace;
  let store: Store;
  let registry: Registry;

  beforeAll(async () => {
    place = await newPlace();
    store = await place.open();
    registry = await createRegistry(store, { now: new TestClock('2026-03-01T09:00:00Z').now });
    await putApproved(registry, kpiDoc('a', { journeyStage: 'purchase' }, { team: 'growth', tier: '1' }));
    await putApproved(registry, kpiDoc('b', {}, { team: 'growth' }));
    await putApproved(registry, kpiDoc('c', { journeyStage: 'retention' }, { tier: '1' }));
    await putApproved(registry, kpiDoc('d', { journeyStage: 'purchase' }, { team: 'growth', tier: '1' }));
    await putApproved(registry, kpiDoc('e'));
    await putApproved(registry, kpiDoc('f'));
    await putApproved(registry, funnel());
    await putApproved(registry, scorecardDoc('card', ['e', 'a', 'd']));
    // a later definition of the scorecard, not yet in force at NOW
    const later = scorecardDoc('card', ['b']);
    await putApproved(registry, { ...later, metadata: { id: 'card', effectiveFrom: '2027-01-01T00:00:00Z' } });
    // never approved: its latest version is what it is
    await registry.put(scorecardDoc('draft', ['c']), editor);
    await registry.retire('KPI', 'd', approver);
  });
  afterAll(async () => {
    await store.close();
    await place.dispose();
  });

  it('picks the listed KPIs that exist and are not retired, sorted', async () => {
    expect(await selectedKpis(registry, { kpis: ['c', 'ghost', 'a', 'd'] }, NOW)).toEqual(['a', 'c']);
  });

  it('picks every KPI of the scorecard version in force at now; unknown scorecards are ignored', async () => {
    expect(await selectedKpis(registry, { scorecards: ['card', 'nope'] }, NOW)).toEqual(['a', 'e']);
    expect(await selectedKpis(registry, { scorecards: ['card'] }, Date.parse('2027-01-02T00:00:00Z'))).toEqual(['b']);
    expect(await selectedKpis(registry, { scorecards: ['draft'] }, NOW)).toEqual(['c']);
  });

  it('picks KPIs carrying every given label', async () => {
    expect(await selectedKpis(registry, { labels: { team: 'growth', tier: '1' } }, NOW)).toEqual(['a']);
    expect(await selectedKpis(registry, { labels: { team: 'growth' } }, NOW)).toEqual(['a', 'b']);
    expect(await selectedKpis(registry, { labels: { tier: '2' } }, NOW)).toEqual([]);
  });

  it('picks KPIs of a journey stage, by their journeyStage or by the journey listing them', async () => {
    expect(await selectedKpis(registry, { journeyStages: ['purchase'] }, NOW)).toEqual(['a']);
    expect(await selectedKpis(registry, { journeyStages: ['signup', 'retention'] }, NOW)).toEqual(['c', 'f']);
  });

  it('unites every part of the selection without duplicates', async () => {
    const select = { kpis: ['e', 'a'], scorecards: ['card'], labels: { team: 'growth' }, journeyStages: ['signup'] };
    expect(await selectedKpis(registry, select, NOW)).toEqual(['a', 'b', 'e', 'f']);
  });
});
