import { type PlanEntry } from '../registry/types';
import { formatPlan, formatShares } from './plan-format';

const share = (id: string, weight: number, share: number) => ({ id, weight, share });

describe('formatShares', () => {
  it('draws a line per perspective and per objective with its KPIs, the written weight where it is not the share', () => {
    const shares = [
      {
        ...share('financial', 0.9, 0.6),
        objectives: [
          { ...share('grow', 0.5, 0.5), kpis: [share('arr', 2, 2 / 3), share('nrr', 1, 1 / 3)] },
          { ...share('keep', 0.5, 0.5), kpis: [] },
        ],
      },
      { ...share('customer', 0.3, 0.2), objectives: [{ ...share('delight', 1, 1), kpis: [share('nps', 1, 1)] }] },
      { ...share('learning', 0.3, 0.2), objectives: [] },
    ];
    expect(formatShares(shares)).toEqual([
      'weights read as shares:',
      '  financial 60% (weight 0.9)',
      '    grow 50%: arr 66.7% (weight 2), nrr 33.3% (weight 1)',
      '    keep 50%: no KPIs',
      '  customer 20% (weight 0.3)',
      '    delight 100%: nps 100%',
      '  learning 20% (weight 0.3)',
    ]);
  });
});

describe('formatPlan', () => {
  it('puts a scorecard’s shares under its field changes', () => {
    const entry: PlanEntry = {
      kind: 'Scorecard',
      id: 'corp',
      action: 'update',
      fromVersion: 2,
      changes: [{ path: 'spec.perspectives[0].weight', op: 'changed', from: 1, to: 0.9 }],
      shares: [{ ...share('financial', 0.9, 1), objectives: [{ ...share('grow', 1, 1), kpis: [share('arr', 1, 1)] }] }],
    };
    expect(formatPlan([entry, { ...entry, kind: 'KPI', id: 'arr', shares: undefined, changes: [] }])).toEqual([
      '~ update Scorecard corp (from v2)',
      '    spec.perspectives[0].weight: 1 -> 0.9',
      '    weights read as shares:',
      '      financial 100% (weight 0.9)',
      '        grow 100%: arr 100%',
      '~ update KPI arr (from v2)',
    ]);
  });
});
