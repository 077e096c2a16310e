// Server JSON as the KPI server answers it, for the catalog's tests.
import { type CatalogEntry, type Duplicates } from '../../../../core/app-api';

export function entry(id: string, over: Partial<CatalogEntry> = {}): CatalogEntry {
  return {
    id,
    name: id,
    description: null,
    perspective: 'customer',
    journeyStage: null,
    indicator: 'lagging',
    unit: 'short',
    direction: 'higher-is-better',
    period: 'month',
    target: 10,
    redFlag: 5,
    goal: 10,
    owner: 'owner',
    assumptions: null,
    labels: {},
    calculation: 'manual',
    scorecards: [],
    version: 1,
    latestVersion: 1,
    approvedVersion: 1,
    state: 'approved',
    fourEyes: false,
    ...over,
  };
}

export const CATALOG: { kpis: CatalogEntry[] } = {
  kpis: [
    entry('customer.nps', {
      name: 'Net Promoter Score',
      description: 'Promoters minus detractors',
      journeyStage: 'advocacy',
      unit: 'score',
      target: 45,
      redFlag: 20,
      goal: 45,
      owner: 'head-of-customer-success',
      labels: { division: 'emea' },
      calculation: 'measure',
      version: 2,
      latestVersion: 3,
      approvedVersion: 2,
      state: 'proposed',
      fourEyes: true,
      assumptions: 'Survey sent 7 days after purchase',
    }),
    entry('finance.revenue', {
      name: 'Revenue',
      perspective: 'financial',
      unit: 'currencyUSD',
      target: 100000,
      redFlag: 80000,
      goal: 100000,
      owner: 'cfo',
      calculation: 'sql',
    }),
    entry('ops.cycle-time', {
      name: 'Order cycle time',
      perspective: 'internal-process',
      journeyStage: 'purchase',
      indicator: 'leading',
      unit: 'd',
      direction: 'lower-is-better',
      target: 2,
      redFlag: 5,
      goal: 2,
      owner: 'coo',
      labels: { division: 'us' },
      state: 'draft',
      approvedVersion: null,
    }),
  ],
};

export const DUPLICATES: Duplicates = {
  threshold: 0.95,
  periods: 12,
  pairs: [
    { a: 'customer.nps', b: 'finance.revenue', reason: 'correlated', correlation: 0.9712, periods: 12 },
    { a: 'ops.cycle-time', b: 'customer.nps', reason: 'same-calculation', correlation: null, periods: 0 },
  ],
};
