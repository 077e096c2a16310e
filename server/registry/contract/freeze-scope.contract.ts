import { type FreezeScope } from '../../../core/schema';
import { admin, approver, editor, errorOf, freezeWindow, journey, kpi, scorecard } from './fixtures';
import { type Opened, type RegistryHarness } from './harness';
import { RegistryError } from '../types';

const corporate = { labels: { division: 'corporate' } };
const labelledCard = (id: string) => ({ ...scorecard(id, ['k']), metadata: { id, ...corporate } });

/** An approved window 'board-pack' over [2026-03-25, 2026-04-05) with the scope; the clock is left before it. */
async function withScope(h: RegistryHarness, scope: FreezeScope): Promise<Opened> {
  const opened = await h.open();
  await opened.registry.put(freezeWindow('board-pack', { scope, reason: 'board pack' }), editor);
  await opened.registry.approve('FreezeWindow', 'board-pack', 1, approver);
  return opened;
}

const INSIDE = '2026-03-30T12:00:00.000Z';

export function freezeScopeContract(h: RegistryHarness): void {
  it('refuses approving a scorecard named in scope.scorecards with 423 and the reason; others stay free', async () => {
    const { registry, clock } = await withScope(h, { scorecards: ['corporate'] });
    await registry.put(kpi('k'), editor);
    await registry.put(scorecard('corporate', ['k']), editor);
    await registry.put(scorecard('smb', ['k']), editor);
    clock.set(INSIDE);
    const frozen = await errorOf(registry.approve('Scorecard', 'corporate', 1, approver));
    expect([frozen.code, frozen.message]).toEqual(['frozen', 'board-pack: board pack']);
    expect((await registry.get('Scorecard', 'corporate')).state).toBe('proposed');
    expect((await registry.approve('Scorecard', 'smb', 1, approver)).state).toBe('approved');
    expect((await registry.approve('KPI', 'k', 1, approver)).state).toBe('approved');
  });

  it('refuses approving a journey named in scope.journeys with 423 and the reason; others stay free', async () => {
    const { registry, clock } = await withScope(h, { journeys: ['onboarding'] });
    await registry.put(journey('onboarding'), editor);
    await registry.put(journey('trial'), editor);
    clock.set(INSIDE);
    const frozen = await errorOf(registry.approve('Journey', 'onboarding', 1, approver));
    expect([frozen.code, frozen.message]).toEqual(['frozen', 'board-pack: board pack']);
    expect((await registry.approve('Journey', 'trial', 1, approver)).state).toBe('approved');
  });

  it('covers KPIs, scorecards and journeys matching any part of the scope, labels included', async () => {
    const { registry, clock } = await withScope(h, { scorecards: ['listed'], ...corporate });
    await registry.put(kpi('k', {}, corporate), editor);
    await registry.put(scorecard('listed', ['k']), editor);
    await registry.put(labelledCard('labelled'), editor);
    await registry.put(journey('onboarding', corporate), editor);
    await registry.put(journey('smb', { labels: { division: 'smb' } }), editor);
    await registry.put(scorecard('free', ['k']), editor);
    clock.set(INSIDE);
    const outcome = async (kind: 'KPI' | 'Scorecard' | 'Journey', id: string) =>
      registry.approve(kind, id, 1, approver).then(
        (v) => v.state,
        (err: unknown) => (err instanceof RegistryError ? err.code : String(err))
      );
    expect(await outcome('KPI', 'k')).toBe('frozen');
    expect(await outcome('Scorecard', 'listed')).toBe('frozen');
    expect(await outcome('Scorecard', 'labelled')).toBe('frozen');
    expect(await outcome('Journey', 'onboarding')).toBe('frozen');
    expect(await outcome('Journey', 'smb')).toBe('approved');
    expect(await outcome('Scorecard', 'free')).toBe('approved');
  });

  it('keeps a scorecard frozen when its new version drops the selected label', async () => {
    const { registry, clock } = await withScope(h, corporate);
    await registry.put(labelledCard('card'), editor);
    await registry.approve('Scorecard', 'card', 1, approver);
    await registry.put(scorecard('card', ['k']), editor);
    clock.set(INSIDE);
    expect((await errorOf(registry.approve('Scorecard', 'card', 2, approver))).code).toBe('frozen');
  });

  it('refuses apply --approve of a frozen scorecard, all or nothing; an admin override is audited', async () => {
    const { registry, clock } = await withScope(h, { scorecards: ['corporate'] });
    clock.set(INSIDE);
    const docs = [kpi('k'), scorecard('corporate', ['k'])];
    const frozen = await errorOf(registry.apply(docs, approver, { approve: true }));
    expect([frozen.code, frozen.message]).toEqual(['frozen', 'board-pack: board pack']);
    expect((await errorOf(registry.get('KPI', 'k'))).code).toBe('not_found');
    const forced = await registry.apply(docs, admin, { approve: true, overrideFreeze: { reason: 'board asked' } });
    expect(forced.versions.map((v) => [v.kind, v.state])).toEqual([
      ['KPI', 'approved'],
      ['Scorecard', 'approved'],
    ]);
    const overrides = (await registry.audit()).filter((e) => e.action === 'freeze-override');
    expect(overrides.map((e) => [e.kind, e.id, e.detail.windows, e.detail.reason])).toEqual([
      ['Scorecard', 'corporate', ['board-pack'], 'board asked'],
    ]);
  });

  it('accepts a scope of only scorecards or only journeys, and refuses an empty one', async () => {
    const { registry } = await h.open();
    expect((await registry.put(freezeWindow('cards', { scope: { scorecards: ['x'] } }), editor)).created).toBe(true);
    expect((await registry.put(freezeWindow('trips', { scope: { journeys: ['y'] } }), editor)).created).toBe(true);
    for (const scope of [{}, { scorecards: [] }]) {
      const invalid = await errorOf(registry.put(freezeWindow('none', { scope }), editor));
      expect([invalid.code, invalid.path]).toEqual(['invalid', 'spec.scope']);
      expect(invalid.message).toContain('scope needs kpis, scorecards, journeys or labels');
    }
  });
}
