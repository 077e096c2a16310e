import { evidenceFigures } from '../../core/maturity/evidence';
import { type ResourceDocument } from '../../core/schema';
import { approver, editor, journey, TestClock } from '../registry/contract/fixtures';
import { createRegistry } from '../registry';
import { type Registry } from '../registry/types';
import { openStore } from '../store/open-store';
import { type Store } from '../store/store';
import { kpiDoc, scorecardDoc } from '../test-support/documents';
import { loadEvidenceInput } from './evidence-source';

let store: Store;
let registry: Registry;

/**
 * 2026-01-01: churn, csat, nps, old, the scorecards cx (csat, nps) and corp (churn), the journey buy; draft
 * proposed only. 2026-02-01: csat v2 proposed, never decided. 2026-02-03: nps v2 proposed, approved 02-10.
 * 2026-02-20: old retired. 2026-03-01: late created and approved.
 */
beforeAll(async () => {
  store = await openStore(':memory:');
  await store.migrate();
  const clock = new TestClock('2026-01-01T00:00:00Z');
  registry = await createRegistry(store, { now: clock.now });
  const approved = async (doc: ResourceDocument) => {
    const { version } = await registry.put(doc, editor);
    await registry.approve(doc.kind, doc.metadata.id, version.version, approver);
  };
  await approved(kpiDoc('churn', { perspective: 'financial', owner: 'tbd' }));
  await approved(kpiDoc('csat'));
  await approved(kpiDoc('nps', { target: 40, thresholds: { redFlag: 20, goal: 40 } }));
  await approved(kpiDoc('old'));
  await approved(scorecardDoc('cx', ['csat', 'nps']));
  await approved(scorecardDoc('corp', ['churn']));
  await approved(journey('buy'));
  await registry.put(kpiDoc('draft'), editor);
  clock.set('2026-02-01T00:00:00Z');
  await registry.put(kpiDoc('csat', { target: 95 }), editor);
  clock.set('2026-02-03T00:00:00Z');
  const { version: npsV2 } = await registry.put(kpiDoc('nps', { target: 50 }), editor);
  clock.set('2026-02-10T00:00:00Z');
  await registry.approve('KPI', 'nps', npsV2.version, approver);
  clock.set('2026-02-20T00:00:00Z');
  await registry.retire('KPI', 'old', approver);
  clock.set('2026-03-01T00:00:00Z');
  await approved(kpiDoc('late'));
});
afterAll(() => store.close());

const kpiIds = async (asOf: string, unit?: string) =>
  (await loadEvidenceInput(registry, { asOf, ...(unit === undefined ? {} : { unit }) })).kpis.map((k) => k.id);

describe('loadEvidenceInput', () => {
  it('holds what was in force at asOf: not a KPI created later, nor one only proposed', async () => {
    const input = await loadEvidenceInput(registry, { asOf: '2026-02-15T00:00:00Z' });
    expect(input.kpis.map((k) => k.id)).toEqual(['churn', 'csat', 'nps', 'old']);
    expect(input.scorecards.map((s) => s.id)).toEqual(['corp', 'cx']);
    expect(input.journeys.map((j) => j.id)).toEqual(['buy']);
  });

  it('keeps a retired KPI until its retirement and drops it after', async () => {
    expect(await kpiIds('2026-02-19T23:59:59Z')).toContain('old');
    expect(await kpiIds('2026-03-15T00:00:00Z')).toEqual(['churn', 'csat', 'late', 'nps']);
  });

  it('has nothing before the first approval took effect', async () => {
    expect(await loadEvidenceInput(registry, { asOf: '2025-12-01T00:00:00Z' })).toEqual({
      kpis: [],
      scorecards: [],
      journeys: [],
    });
  });

  it('takes the definition in force at asOf and flags a KPI with a newer proposal pending then', async () => {
    const approvedAt = async (asOf: string) =>
      Object.fromEntries(
        (await loadEvidenceInput(registry, { asOf })).kpis.map((k) => [k.id, [k.spec.target, k.approved]])
      );
    // 02-05: nps v1 (target 40) in force, v2 proposed 02-03 still undecided; csat v2 pending since 02-01
    expect(await approvedAt('2026-02-05T00:00:00Z')).toEqual({
      churn: [90, true],
      csat: [90, false],
      nps: [40, false],
      old: [90, true],
    });
    // 02-15: nps v2 (target 50) approved 02-10 is in force; csat v2 is still pending
    expect((await approvedAt('2026-02-15T00:00:00Z')).nps).toEqual([50, true]);
    // 01-15: csat v2 was not yet created, so nothing was pending
    expect((await approvedAt('2026-01-15T00:00:00Z')).csat).toEqual([90, true]);
  });

  it('scopes to the scorecard the unit names and the KPIs it names; journeys stay whole', async () => {
    const input = await loadEvidenceInput(registry, { asOf: '2026-02-15T00:00:00Z', unit: 'cx' });
    expect(input.scorecards.map((s) => s.id)).toEqual(['cx']);
    expect(input.kpis.map((k) => k.id)).toEqual(['csat', 'nps']);
    expect(input.journeys.map((j) => j.id)).toEqual(['buy']);
  });

  it('takes everything when the unit names no scorecard in force', async () => {
    expect(await kpiIds('2026-02-15T00:00:00Z', 'emea')).toEqual(['churn', 'csat', 'nps', 'old']);
  });

  it('rejects an asOf that is not a time', async () => {
    await expect(loadEvidenceInput(registry, { asOf: 'last year' })).rejects.toThrow(
      'asOf must be an ISO-8601 time, got "last year"'
    );
  });

  it('yields the figures end to end', async () => {
    const figures = evidenceFigures(await loadEvidenceInput(registry, { asOf: '2026-02-15T00:00:00Z' }));
    // churn, csat, nps, old: csat has a pending proposal → 3 of 4; churn's owner is tbd → 3 of 4
    expect(figures['kpis-approved'].text).toBe('3 of 4 KPIs are approved with no change pending (75%)');
    expect(figures['kpis-with-owner'].text).toBe('3 of 4 KPIs have an owner (75%)');
    // customer (csat, nps on cx) and financial (churn on corp) of 4
    expect(figures['perspectives-covered']).toMatchObject({ numerator: 2, denominator: 4, share: 0.5 });
    // buy's stages acquisition and activation list no KPI and no KPI names them
    expect(figures['journey-stages-covered'].text).toBe('0 of 2 journey stages have a KPI (0%)');
    const unit = evidenceFigures(await loadEvidenceInput(registry, { asOf: '2026-02-15T00:00:00Z', unit: 'cx' }));
    // cx: csat (pending) and nps → 1 of 2; only the customer perspective → 1 of 4
    expect(unit['kpis-approved'].text).toBe('1 of 2 KPIs are approved with no change pending (50%)');
    expect(unit['perspectives-covered'].numerator).toBe(1);
  });
});
