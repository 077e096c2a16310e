import { admin, journey } from '../registry/contract/fixtures';
import { createRegistry } from '../registry';
import { type Registry } from '../registry/types';
import { openStore } from '../store/open-store';
import { type Store } from '../store/store';
import { kpiDoc, scorecardDoc } from '../test-support/documents';
import { escalationQueryDeps, fakeEscalations, JUNE } from './escalation.fixtures';
import { type FrameJson } from './frame';
import { runQueries } from './run-queries';

const NOW = Date.UTC(2026, 5, 10);
const H = 3_600_000;
const BREACH =
  'critical in 2 of the last 3 periods: April 2026 20 (target 45, critical), May 2026 no data (target 45, critical)';

let store: Store;
let registry: Registry;

/** e.card holds e.csat; the onboarding journey maps e.nps to its activation stage. */
beforeAll(async () => {
  store = await openStore(':memory:');
  await store.migrate();
  registry = await createRegistry(store);
  const onboarding = journey('e.onboarding');
  const [first, second] = onboarding.spec.stages;
  if (first === undefined || second === undefined) {
    throw new Error('the journey fixture has two stages');
  }
  onboarding.spec.stages = [first, { ...second, kpis: ['e.nps'] }];
  const docs = [
    kpiDoc('e.nps', { name: 'Net Promoter Score' }),
    kpiDoc('e.csat', { name: 'Customer satisfaction' }),
    scorecardDoc('e.card', ['e.csat']),
    onboarding,
  ];
  await registry.apply(docs, admin, { approve: true });
});
afterAll(() => store.close());

function rows(frame: FrameJson | undefined) {
  const names = frame?.schema.fields.map((f) => f.name) ?? [];
  const n = frame?.data.values[0]?.length ?? 0;
  return Array.from({ length: n }, (_, i) =>
    Object.fromEntries(names.map((name, j) => [name, frame?.data.values[j]?.[i]]))
  );
}

async function annotations(query: Record<string, unknown>, range = JUNE) {
  const escalations = fakeEscalations();
  const { results } = await runQueries(
    escalationQueryDeps(registry, store.sql, escalations.source, () => NOW),
    range,
    [{ refId: 'Anno', queryType: 'annotations', include: ['escalations'], ...query }]
  );
  return { result: results.Anno, calls: escalations.calls };
}

describe('escalation annotations', () => {
  it('shows each escalation overlapping the range as a region with its breach, who acted and their notes', async () => {
    const { result, calls } = await annotations({});
    expect(calls).toEqual([{ from: 0, to: JUNE.to }]);
    expect(rows(result?.frames[0])).toEqual([
      {
        time: Date.UTC(2026, 4, 20),
        timeEnd: Date.UTC(2026, 5, 2, 12),
        isRegion: true,
        title: 'Net Promoter Score: escalation level 1 (resolved)',
        text: `${BREACH}. Resolved (recovered).`,
        tags: ['escalation', 'e.nps', 'p.quality', 'resolved'],
      },
      {
        time: Date.UTC(2026, 5, 2),
        timeEnd: Date.UTC(2026, 5, 2, 1),
        isRegion: true,
        title: 'Net Promoter Score: escalation level 2 (resolved)',
        text: `${BREACH}. Acknowledged by dana: looking into it. Resolved by sam (manual): survey fixed.`,
        tags: ['escalation', 'e.nps', 'p.quality', 'resolved'],
      },
      {
        time: Date.UTC(2026, 5, 3),
        timeEnd: NOW,
        isRegion: true,
        title: 'Net Promoter Score: escalation level 1 (acknowledged)',
        text: `${BREACH}. Acknowledged by Dana.`,
        tags: ['escalation', 'e.nps', 'p.quality', 'acknowledged'],
      },
      {
        time: Date.UTC(2026, 5, 4),
        timeEnd: Date.UTC(2026, 5, 4) + 2 * H,
        isRegion: true,
        title: 'Customer satisfaction: escalation level 0 (resolved)',
        text: `${BREACH}. Resolved (recovered).`,
        tags: ['escalation', 'e.csat', 'p.quality', 'resolved'],
      },
      {
        time: Date.UTC(2026, 5, 5),
        timeEnd: Date.UTC(2026, 5, 5) + 240_000,
        isRegion: true,
        title: 'Customer satisfaction: escalation level 1 (resolved)',
        text: `${BREACH}. Acknowledged by dana. Resolved (deselected).`,
        tags: ['escalation', 'e.csat', 'p.quality', 'resolved'],
      },
    ]);
  });

  it('leaves out escalations resolved before the range and runs open ones to now', async () => {
    const { result } = await annotations({}, { from: Date.UTC(2026, 5, 8), to: NOW });
    expect(rows(result?.frames[0]).map((r) => [r.title, r.time, r.timeEnd, r.tags])).toEqual([
      [
        'Net Promoter Score: escalation level 1 (acknowledged)',
        Date.UTC(2026, 5, 3),
        NOW,
        ['escalation', 'e.nps', 'p.quality', 'acknowledged'],
      ],
      [
        'Customer satisfaction: escalation level 1 (open)',
        Date.UTC(2026, 5, 9),
        NOW,
        ['escalation', 'e.csat', 'p.quality', 'open'],
      ],
    ]);
  });

  it('keeps to the KPIs asked for, those of a scorecard and those of a journey’s stages', async () => {
    const opened = async (query: Record<string, unknown>) =>
      rows((await annotations(query)).result?.frames[0]).map((r) => r.time);
    const csat = [Date.UTC(2026, 5, 4), Date.UTC(2026, 5, 5)];
    const nps = [Date.UTC(2026, 4, 20), Date.UTC(2026, 5, 2), Date.UTC(2026, 5, 3)];
    expect(await opened({ kpis: ['e.csat'] })).toEqual(csat);
    expect(await opened({ scorecard: 'e.card' })).toEqual(csat);
    expect(await opened({ journey: 'e.onboarding' })).toEqual(nps);
    expect(await opened({ kpis: ['e.csat'], journey: 'e.onboarding' })).toEqual([...nps, ...csat]);
  });

  it('shows escalations only when asked for by name', async () => {
    const { result } = await annotations({ include: undefined });
    expect(rows(result?.frames[0])).toEqual([]);
  });

  it('fails with a clear error when asked for escalations on a server that keeps none', async () => {
    const { results } = await runQueries(
      escalationQueryDeps(registry, store.sql, undefined, () => NOW),
      JUNE,
      [{ refId: 'Anno', queryType: 'annotations', include: ['escalations', 'check-ins'] }]
    );
    expect(results.Anno).toEqual({ frames: [], error: 'escalations are not enabled on this server', status: 501 });
  });

  it('names a scorecard it does not know', async () => {
    const { result } = await annotations({ scorecard: 'e.nope' });
    expect(result?.status).toBe(404);
    expect(result?.error).toMatch(/e\.nope/);
  });
});
