// A big scorecard over the demo events: N measure KPIs (varied aggregates and filters on values the demo data has)
// and one Scorecard with 4 perspectives of 5 objectives each, as documents for POST /api/v1/apply.

const SOURCE = 'demo-events';

// What each KPI measures; every one crossed with each slice below gives a distinct calculation.
const MEASURES = [
  ['financial', 'new ARR', 'usd', 'higher', { aggregate: 'sum', field: 'value', filter: { event: 'purchase' } }],
  ['financial', 'expansion ARR', 'usd', 'higher', { aggregate: 'sum', field: 'value', filter: { event: 'expansion' } }],
  ['financial', 'renewed ARR', 'usd', 'higher', { aggregate: 'sum', field: 'value', filter: { event: 'renewal' } }],
  ['financial', 'churned ARR', 'usd', 'lower', { aggregate: 'sum', field: 'value', filter: { event: 'churn' } }],
  [
    'financial',
    'average new deal',
    'usd',
    'higher',
    { aggregate: 'avg', field: 'value', filter: { event: 'purchase' } },
  ],
  ['customer', 'NPS', 'score', 'higher', { aggregate: 'nps', field: 'value', filter: { event: 'nps_response' } }],
  ['customer', 'CSAT', 'percent', 'higher', { aggregate: 'csat', field: 'value', filter: { event: 'csat_response' } }],
  ['customer', 'CES', 'score', 'higher', { aggregate: 'ces', field: 'value', filter: { event: 'ces_response' } }],
  [
    'customer',
    'logo churn rate',
    'percentunit',
    'lower',
    { aggregate: 'ratio', numerator: { event: 'churn' }, denominator: { event: ['renewal', 'churn'] } },
  ],
  [
    'customer',
    'new customers',
    'none',
    'higher',
    { aggregate: 'count_distinct', field: 'customer', filter: { event: 'purchase' } },
  ],
  [
    'customer',
    'referring customers',
    'none',
    'higher',
    { aggregate: 'count_distinct', field: 'customer', filter: { event: 'referral_sent' } },
  ],
  [
    'internal-process',
    'web page views',
    'none',
    'higher',
    { aggregate: 'count', filter: { event: 'page_view', channel: 'web' } },
  ],
  ['internal-process', 'tickets opened', 'none', 'lower', { aggregate: 'count', filter: { event: 'ticket_opened' } }],
  [
    'internal-process',
    'first-contact resolution',
    'percentunit',
    'higher',
    {
      aggregate: 'ratio',
      numerator: { event: 'ticket_resolved', value: 1 },
      denominator: { event: 'ticket_resolved' },
    },
  ],
  [
    'internal-process',
    'onboarding completion',
    'percentunit',
    'higher',
    {
      aggregate: 'ratio',
      numerator: { event: 'onboarding_complete' },
      denominator: { event: ['onboarding_step', 'onboarding_complete'] },
    },
  ],
  [
    'internal-process',
    'active customers',
    'none',
    'higher',
    { aggregate: 'count_distinct', field: 'customer', filter: { event: 'login', stage: 'retention' } },
  ],
  [
    'internal-process',
    'contacts per resolution',
    'none',
    'lower',
    { aggregate: 'avg', field: 'value', filter: { event: 'ticket_resolved' } },
  ],
  [
    'learning-growth',
    'feature adopters',
    'none',
    'higher',
    { aggregate: 'count_distinct', field: 'customer', filter: { event: 'feature_used', stage: 'retention' } },
  ],
  [
    'learning-growth',
    'onboarding steps',
    'none',
    'higher',
    { aggregate: 'count', filter: { event: 'onboarding_step' } },
  ],
  [
    'learning-growth',
    'assisted demo requests',
    'none',
    'higher',
    { aggregate: 'count', filter: { event: 'demo_request', channel: ['sales', 'partner'] } },
  ],
];

const SLICES = [
  ['all', {}],
  ['smb', { segment: 'smb' }],
  ['mid-market', { segment: 'mid-market' }],
  ['enterprise', { segment: 'enterprise' }],
  ['amer', { region: 'amer' }],
  ['emea', { region: 'emea' }],
  ['apac', { region: 'apac' }],
  ['smb emea', { segment: 'smb', region: 'emea' }],
  ['upmarket', { segment: ['mid-market', 'enterprise'] }],
  ['amer+emea', { region: ['amer', 'emea'] }],
];

const PERSPECTIVES = [
  ['financial', 'Financial', 0.35],
  ['customer', 'Customer', 0.3],
  ['internal-process', 'Internal process', 0.2],
  ['learning-growth', 'Learning and growth', 0.15],
];
const OBJECTIVES_PER_PERSPECTIVE = 5;

function kpi(i) {
  const [perspective, what, unit, better, base] = MEASURES[i % MEASURES.length];
  const [sliceName, slice] = SLICES[Math.floor(i / MEASURES.length) % SLICES.length];
  const { filter = {}, ...rest } = base;
  const merged = { ...filter, ...slice };
  const measure = { source: SOURCE, ...rest, ...(Object.keys(merged).length > 0 ? { filter: merged } : {}) };
  const higher = better === 'higher';
  return {
    apiVersion: 'scorecard/v1',
    kind: 'KPI',
    metadata: { id: `bench.k${String(i).padStart(4, '0')}`, labels: { division: 'bench' } },
    spec: {
      name: `${what} (${sliceName}) #${i}`,
      perspective,
      indicator: 'lagging',
      unit,
      direction: higher ? 'higher-is-better' : 'lower-is-better',
      period: 'month',
      target: higher ? 1 : 0,
      thresholds: higher ? { redFlag: 0, goal: 1 } : { redFlag: 1, goal: 0 },
      owner: 'bench',
      calculation: { measure },
    },
  };
}

/** `count` KPIs and a Scorecard `id` weighing them: perspectives by the corporate weights, siblings equally. */
export function bigScorecard(count, id = `bench-kpis-${count}`) {
  const kpis = Array.from({ length: count }, (_, i) => kpi(i));
  const perspectives = PERSPECTIVES.map(([pid, name, weight]) => {
    const own = kpis.filter((k) => k.spec.perspective === pid).map((k) => k.metadata.id);
    const n = Math.min(OBJECTIVES_PER_PERSPECTIVE, own.length);
    const objectives = Array.from({ length: n }, (_, o) => {
      const ids = own.filter((_, j) => j % n === o);
      return {
        id: `${pid}-o${o + 1}`,
        name: `${name} objective ${o + 1}`,
        weight: 1 / n,
        kpis: ids.map((kid) => ({ kpi: kid, weight: 1 / ids.length })),
      };
    });
    return { id: pid, name, weight, objectives };
  }).filter((p) => p.objectives.length > 0);
  const scorecard = {
    apiVersion: 'scorecard/v1',
    kind: 'Scorecard',
    metadata: { id, labels: { division: 'bench' } },
    spec: { name: `Benchmark scorecard of ${count} KPIs`, perspectives },
  };
  return { id, documents: [...kpis, scorecard] };
}
