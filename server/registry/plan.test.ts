import { type ScorecardDocument } from '../../core/schema';
import { openStore } from '../store/open-store';
import { type Store } from '../store/store';
import { approver, kpi } from './contract/fixtures';
import { createRegistry } from './index';
import { type Registry } from './types';

/** Perspective `financial` (0.9) and `customer` (0.3); financial's objectives `grow` (3) and `keep` (1). */
function card(growKpis: Array<{ kpi: string; weight: number }>): ScorecardDocument {
  const objective = (id: string, weight: number, kpis: Array<{ kpi: string; weight: number }>) => ({
    id,
    name: id,
    weight,
    kpis,
    causes: [],
  });
  return {
    apiVersion: 'scorecard/v1',
    kind: 'Scorecard',
    metadata: { id: 'corp' },
    spec: {
      name: 'Corporate',
      perspectives: [
        {
          id: 'financial',
          name: 'Financial',
          weight: 0.9,
          objectives: [objective('grow', 3, growKpis), objective('keep', 1, [{ kpi: 'nrr', weight: 1 }])],
        },
        { id: 'customer', name: 'Customer', weight: 0.3, objectives: [objective('delight', 1, [])] },
      ],
    },
  };
}

let store: Store;
let registry: Registry;
beforeEach(async () => {
  store = await openStore(':memory:');
  await store.migrate();
  registry = await createRegistry(store);
});
afterEach(() => store.close());

describe('plan of a scorecard', () => {
  it('shows the shares the weights of a scorecard it creates are read as, and none for KPIs', async () => {
    const plan = await registry.plan([
      kpi('arr'),
      card([
        { kpi: 'arr', weight: 2 },
        { kpi: 'nrr', weight: 1 },
      ]),
    ]);
    expect(plan.find((e) => e.kind === 'KPI')?.shares).toBeUndefined();
    const shares = plan.find((e) => e.kind === 'Scorecard')?.shares ?? [];
    // 0.9 and 0.3 of 1.2; 3 and 1 of 4; 2 and 1 of 3
    expect(shares.map((p) => [p.id, p.share.toFixed(4)])).toEqual([
      ['financial', '0.7500'],
      ['customer', '0.2500'],
    ]);
    expect(shares[0]?.objectives.map((o) => [o.id, o.share, o.kpis.map((k) => [k.id, k.weight, k.share])])).toEqual([
      [
        'grow',
        0.75,
        [
          ['arr', 2, 2 / 3],
          ['nrr', 1, 1 / 3],
        ],
      ],
      ['keep', 0.25, [['nrr', 1, 1]]],
    ]);
  });

  it('shows them for an update, not for a scorecard left unchanged', async () => {
    const first = card([{ kpi: 'arr', weight: 1 }]);
    await registry.apply([first], approver, { approve: true });
    expect((await registry.plan([first]))[0]).toEqual({
      kind: 'Scorecard',
      id: 'corp',
      action: 'unchanged',
      fromVersion: 1,
      changes: [],
    });
    const [update] = await registry.plan([card([{ kpi: 'arr', weight: 0.5 }])]);
    expect(update?.action).toBe('update');
    expect(update?.shares?.[0]?.objectives[0]?.kpis).toEqual([{ id: 'arr', weight: 0.5, share: 1 }]);
  });
});
