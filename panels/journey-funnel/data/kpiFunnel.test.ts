import { type DataFrame, FieldType, formattedValueToString } from '@grafana/data';
import { frame, total, view } from './testFrames';

type Row = Array<string | number | boolean | null>;

// The server's funnelFrame (server/funnels/funnel-frames.ts) field by field, names copied from what it writes.
function serverFunnelFrame(rows: Row[], opts: { breakdown?: string; compare: boolean; meta?: object }): DataFrame {
  const names = [
    ...(opts.breakdown === undefined ? [] : [opts.breakdown]),
    'stage',
    'name',
    'value',
    'conversion',
    'conversionLow',
    'conversionHigh',
    'stepConversion',
    'stepConversionLow',
    'stepConversionHigh',
    'medianTimeToConvert',
    'meanTimeToConvert',
    'inProgress',
    ...(opts.compare ? ['previous', 'previousConversion', 'change', 'significant'] : []),
  ];
  const columns = Object.fromEntries(names.map((n, i) => [n, rows.map((r) => r[i] ?? null)]));
  const types: Record<string, FieldType> = {
    stage: FieldType.string,
    name: FieldType.string,
    significant: FieldType.boolean,
  };
  const meta = {
    preferredVisualisationType: 'table' as const,
    custom: {
      journey: 'onboarding',
      version: 3,
      definitionHash: 'abc',
      order: 'ordered',
      window: '30d',
      stages: STAGE_META,
      ...(opts.breakdown === undefined ? {} : { breakdown: opts.breakdown }),
    },
    ...opts.meta,
  };
  const unit = (n: string) =>
    /onversion(Low|High)?$|^change$/.test(n) ? 'percentunit' : n.endsWith('TimeToConvert') ? 's' : undefined;
  const config = Object.fromEntries(names.flatMap((n) => (unit(n) === undefined ? [] : [[n, { unit: unit(n) }]])));
  return frame(columns, { meta, refId: 'A', name: 'onboarding', types, config });
}

const STAGE_META = [
  {
    id: 'visit',
    name: 'Visit',
    kpis: [
      { kpiId: 'traffic', name: 'Traffic', value: null, target: null, unit: 'short', status: 'no-data', period: null },
    ],
  },
  {
    id: 'signup',
    name: 'Sign-up',
    kpis: [
      {
        kpiId: 'growth.signup-rate',
        name: 'Sign-up rate',
        value: 0.4,
        target: 0.45,
        unit: 'percentunit',
        status: 'warning',
        period: 'Nov 2026',
      },
    ],
  },
  {
    id: 'purchase',
    name: 'Purchase',
    kpis: [
      {
        kpiId: 'rev',
        name: 'New revenue',
        value: 12500,
        target: 10000,
        unit: 'currencyUSD',
        status: 'ok',
        period: 'Nov 2026',
      },
      { kpiId: 'nps', name: 'NPS', value: 12, target: 45, unit: 'score', status: 'critical', period: 'Nov 2026' },
    ],
  },
];

// stage, name, value, conv, low, high, step, low, high, median, mean, inProgress, previous, prevConv, change, significant
const ROWS: Row[] = [
  ['visit', 'Visit', 1000, 1, 0.99, 1, 1, 0.99, 1, null, null, 0, 900, 1, 0, null],
  ['signup', 'Sign-up', 400, 0.4, 0.37, 0.43, 0.4, 0.37, 0.43, 3600, 5400, 20, 300, 0.3333, 0.0667, true],
  ['purchase', 'Purchase', 100, 0.1, 0.083, 0.12, 0.25, 0.21, 0.29, 7200, 9000, 10, 90, 0.1, 0, false],
];

const ttcFrame = () =>
  frame(
    {
      stage: ['signup', 'signup', 'signup', 'purchase', 'purchase'],
      upTo: [60, 300, null, 60, null],
      customers: [10, 20, 5, 1, 2],
    },
    { meta: { custom: { journey: 'onboarding', kind: 'time-to-convert' } }, refId: 'A' }
  );
const overTimeFrame = () =>
  frame(
    { time: [1, 2], conversion: [0.1, 0.2], visit: [10, 10], signup: [2, 3] },
    { meta: { custom: { journey: 'onboarding', kind: 'conversion-over-time' } }, types: { time: FieldType.time } }
  );

describe('funnelView of the KPI datasource funnel frame', () => {
  const v = view([serverFunnelFrame(ROWS, { compare: true }), ttcFrame(), overTimeFrame()]);

  it('takes the stages and every number from the frame', () => {
    expect(v.input).toBe('kpi-funnel');
    expect(v.groups).toHaveLength(1);
    expect(total(v, 'key')).toEqual(['visit', 'signup', 'purchase']);
    expect(total(v, 'name')).toEqual(['Visit', 'Sign-up', 'Purchase']);
    expect(total(v, 'value')).toEqual([1000, 400, 100]);
    expect(total(v, 'conversion')).toEqual([1, 0.4, 0.1]);
    expect(total(v, 'stepConversion')).toEqual([null, 0.4, 0.25]);
    // the frame's own intervals, not recomputed (Wilson would give 0.3701..0.4307)
    expect(total(v, 'conversionInterval')).toEqual([
      [0.99, 1],
      [0.37, 0.43],
      [0.083, 0.12],
    ]);
    expect(total(v, 'stepConversionInterval')).toEqual([null, [0.37, 0.43], [0.21, 0.29]]);
    expect(total(v, 'dropOff')).toEqual([null, 600, 300]);
    expect(total(v, 'medianTimeToConvert')).toEqual([null, 3600, 7200]);
    expect(total(v, 'meanTimeToConvert')).toEqual([null, 5400, 9000]);
    expect(total(v, 'inProgress')).toEqual([0, 20, 10]);
  });

  it('carries the previous period, change and significance as the server tested them', () => {
    expect(v.hasPrevious).toBe(true);
    expect(total(v, 'previous')).toEqual([900, 300, 90]);
    expect(total(v, 'previousConversion')).toEqual([1, 0.3333, 0.1]);
    expect(total(v, 'change')).toEqual([0, 0.0667, 0]);
    expect(total(v, 'significant')).toEqual([null, true, false]);
  });

  it('shows each stage KPI in its unit with its status word', () => {
    const [visit, signup, purchase] = v.groups[0]?.stages ?? [];
    expect(visit?.kpis.map((k) => [k.valueText, k.targetText, k.statusWord])).toEqual([['–', null, 'No data']]);
    expect(signup?.kpis).toEqual([
      {
        kpiId: 'growth.signup-rate',
        name: 'Sign-up rate',
        value: 0.4,
        valueText: '40%',
        target: 0.45,
        targetText: '45%',
        status: 'warning',
        statusWord: 'At risk',
        period: 'Nov 2026',
      },
    ]);
    expect(purchase?.kpis.map((k) => [k.valueText, k.targetText, k.statusWord])).toEqual([
      ['$12.5K', '$10K', 'On track'],
      ['12 score', '45 score', 'Off track'],
    ]);
  });

  it('maps the time-to-convert frame per step and ignores conversion over time', () => {
    expect(v.timeToConvert).toEqual([
      {
        stage: 'signup',
        buckets: [
          { upTo: 60, customers: 10 },
          { upTo: 300, customers: 20 },
          { upTo: null, customers: 5 },
        ],
      },
      {
        stage: 'purchase',
        buckets: [
          { upTo: 60, customers: 1 },
          { upTo: null, customers: 2 },
        ],
      },
    ]);
  });

  it('reads the journey from the frame meta and formats counts with the value field', () => {
    expect(v.journey).toEqual({ id: 'onboarding', version: 3, order: 'ordered', window: '30d' });
    expect(v.groups[0]?.stages.map((s) => formattedValueToString(s.display))).toEqual(['1000', '400', '100']);
    expect(v.warnings).toEqual([]);
  });

  it('without compare has no previous period', () => {
    const plain = view([
      serverFunnelFrame(
        ROWS.map((r) => r.slice(0, 12)),
        { compare: false }
      ),
    ]);
    expect(plain.hasPrevious).toBe(false);
    expect(total(plain, 'previous')).toEqual([null, null, null]);
    expect(total(plain, 'significant')).toEqual([null, null, null]);
    expect(plain.timeToConvert).toEqual([]);
  });

  it('with a breakdown: the total summed from the groups first, then the groups in frame order', () => {
    // channel, stage, name, value, conv, low, high, step, low, high, median, mean, inProgress, previous, prevConv, change, sig
    const rows: Row[] = [
      ['web', 'visit', 'Visit', 600, 1, 0.99, 1, 1, 0.99, 1, null, null, 5, 500, 1, 0, null],
      ['web', 'signup', 'Sign-up', 300, 0.5, 0.46, 0.54, 0.5, 0.46, 0.54, 60, 100, 3, 200, 0.4, 0.1, true],
      ['app', 'visit', 'Visit', 400, 1, 0.99, 1, 1, 0.99, 1, null, null, 2, 500, 1, 0, null],
      ['app', 'signup', 'Sign-up', 100, 0.25, 0.21, 0.3, 0.25, 0.21, 0.3, 240, 300, 1, 200, 0.4, -0.15, true],
    ];
    const notice = { notices: [{ severity: 'info' as const, text: '1,200 breakdown values: 999 shown' }] };
    const b = view([serverFunnelFrame(rows, { breakdown: 'channel', compare: true, meta: notice })]);
    expect(b.breakdownField).toBe('channel');
    expect(b.groups.map((g) => g.breakdown)).toEqual([null, 'web', 'app']);
    expect(b.groups.map((g) => g.stages.map((s) => s.value))).toEqual([
      [1000, 400],
      [600, 300],
      [400, 100],
    ]);
    expect(b.groups[2]?.stages[1]?.conversionInterval).toEqual([0.21, 0.3]);
    expect(total(b, 'conversion')).toEqual([1, 0.4]);
    expect(total(b, 'previous')).toEqual([1000, 400]);
    expect(total(b, 'previousConversion')).toEqual([1, 0.4]);
    expect(total(b, 'inProgress')).toEqual([7, 4]);
    // (100 × 300 + 300 × 100) / 400 customers who reached sign-up
    expect(total(b, 'meanTimeToConvert')).toEqual([null, 150]);
    expect(total(b, 'medianTimeToConvert')).toEqual([null, null]);
    expect(b.groups[0]?.stages[1]?.kpis.map((k) => k.kpiId)).toEqual(['growth.signup-rate']);
    expect(b.notices).toEqual(['1,200 breakdown values: 999 shown']);
  });

  it('is read as long rows when the layout says long', () => {
    const long = view([serverFunnelFrame(ROWS, { compare: true })], { layout: 'long' });
    expect(long.input).toBe('long');
    expect(total(long, 'value')).toEqual([1000, 400, 100]);
  });
});
