import { createDataFrame, createTheme, FieldType, formattedValueToString } from '@grafana/data';
import { defaultOptions } from '../options';
import { type KpiView } from './model';
import { RUNNING_PERIOD } from './kpis';
import { buildScorecard } from './scorecard';
import { tooltipLines } from './tooltip';

const theme = createTheme();
const APRIL = { start: Date.UTC(2026, 3, 1), end: Date.UTC(2026, 4, 1) };

// The KPI datasource's scorecard frame with the period fields of a monthly report.
const table = createDataFrame({
  refId: 'A',
  meta: { custom: { periodLabel: 'April 2026', period: 'complete' } },
  fields: [
    { name: 'perspective', values: ['Financial', 'Customer', 'Internal process', 'Learning and growth'] },
    { name: 'objective', values: ['Acquire efficiently', 'Delight', 'Onboard', 'Skills'] },
    { name: 'kpi', values: ['Customer acquisition cost', 'Net Promoter Score', 'Onboarding completion', 'Training'] },
    { name: 'value', type: FieldType.number, values: [9300, 42.4, 1.1147, 39.4] },
    { name: 'target', type: FieldType.number, values: [28000, 45, 0.85, 40] },
    { name: 'redFlag', type: FieldType.number, values: [36000, 20, 0.7, 20] },
    { name: 'goal', type: FieldType.number, values: [28000, 45, 0.85, 40] },
    { name: 'direction', values: ['lower-is-better', 'higher-is-better', 'higher-is-better', 'higher-is-better'] },
    { name: 'unit', values: ['currencyUSD', 'score', 'percentunit', 'h'] },
    { name: 'previous', type: FieldType.number, values: [8100, 40, 0.9, 38.2] },
    { name: 'flags', values: ['', '', 'impossible-rate', 'partial'] },
    { name: 'period', values: ['month', 'month', 'month', 'month'] },
    { name: 'periodLabel', values: ['April 2026', 'April 2026', 'April 2026', 'April 2026'] },
    { name: 'periodStart', type: FieldType.time, values: Array(4).fill(APRIL.start) },
    { name: 'periodEnd', type: FieldType.time, values: Array(4).fill(APRIL.end) },
    { name: 'partial', type: FieldType.boolean, values: [false, false, false, true] },
  ],
});

const view = buildScorecard({ frames: [table], options: defaultOptions, theme, timeZone: 'utc', rangeEnd: APRIL.end });
const kpis = view.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.kpis));
const kpi = (name: string): KpiView => {
  const found = kpis.find((k) => k.name.startsWith(name));
  if (!found) {
    throw new Error(`no KPI ${name}`);
  }
  return found;
};
const line = (k: KpiView, label: string) => tooltipLines(k, 'utc').find((l) => l.label === label)?.value;
const text = (d: KpiView['display'] | null) => (d === null ? null : formattedValueToString(d));

describe('one unit and one scale per KPI row', () => {
  it('writes value, target, goal, red flag and change of a currency KPI in thousands', () => {
    const cac = kpi('Customer acquisition');
    expect([text(cac.display), text(cac.targetDisplay)]).toEqual(['$9.30K', '$28K']);
    expect(line(cac, 'Goal / red flag')).toBe('$28K / $36K, lower is better (from the data)');
    // 9,300 − 8,100 = 1,200 more: worse when lower is better
    expect(cac.change).toMatchObject({ text: '+$1.20K', better: false });
  });

  it('converts a time KPI into the unit of its largest number, the change included', () => {
    const training = kpi('Training');
    // 40 h = 1.67 days: 39.4 h = 1.64 days, 20 h = 0.833 day, the change 1.2 h = 0.05 day
    expect([text(training.display), text(training.targetDisplay)]).toEqual(['1.64 days', '1.67 days']);
    expect(line(training, 'Goal / red flag')).toBe('1.67 days / 0.833 day, higher is better (from the data)');
    expect(training.change?.text).toBe('+0.0500 day');
  });

  it('writes a unit Grafana does not know once, after the numbers', () => {
    const nps = kpi('Net Promoter');
    expect([text(nps.display), text(nps.targetDisplay), nps.unitLabel]).toEqual(['42.4', '45', 'score']);
    expect(line(nps, 'Value')).toBe('42.4 score');
    expect(line(nps, 'Goal / red flag')).toBe('45 / 20 score, higher is better (from the data)');
    // 42.4 − 40 = 2.4, written with Grafana's automatic decimals
    expect(nps.change?.text).toBe('+2.40 score');
  });

  it('writes fractions as percent everywhere', () => {
    const onboarding = kpi('Onboarding');
    // 1.1147 = 111%: toFixed picks one decimal for 111.47
    expect([text(onboarding.display), text(onboarding.targetDisplay)]).toEqual(['111%', '85%']);
    expect(line(onboarding, 'Goal / red flag')).toBe('85% / 70%, higher is better (from the data)');
  });
});

describe('impossible values', () => {
  it('shows a value flagged impossible-rate with the reason, and does not score it', () => {
    const onboarding = kpi('Onboarding');
    expect(onboarding).toMatchObject({ value: 1.1147, score: null, status: 'unscored' });
    expect(onboarding.valueNote).toMatch(/^Impossible value: a rate above 100% cannot be right/);
    expect(onboarding.flags).toEqual([onboarding.valueNote]);
    // Training's April is still running: not scored either
    expect(view.scoredCount).toBe(2);
  });

  it('flags a percent value above 100% from any datasource, unless a target or threshold lies above 100%', () => {
    const csv = createDataFrame({
      fields: [
        { name: 'perspective', values: ['Internal process', 'Financial'] },
        { name: 'objective', values: ['Onboard', 'Retain revenue'] },
        { name: 'kpi', values: ['Onboarding completion', 'Net revenue retention'] },
        { name: 'value', type: FieldType.number, values: [112, 104] },
        { name: 'target', type: FieldType.number, values: [85, 110] },
        { name: 'unit', values: ['percent', 'percent'] },
      ],
    });
    const built = buildScorecard({ frames: [csv], options: defaultOptions, theme, timeZone: 'utc', rangeEnd: 0 });
    // Financial comes first, as the configured perspectives are ordered
    const [nrr, onboarding] = built.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.kpis));
    expect(onboarding).toMatchObject({ score: null, status: 'unscored' });
    expect(onboarding?.flags[0]).toMatch(/^Impossible value/);
    // NRR 104 against 110 (red flag 88): 10/3 + (104 − 88)/(110 − 88) · 10/3 = 5.76
    expect(nrr).toMatchObject({ valueNote: null, status: 'warning' });
    expect(nrr?.score).toBeCloseTo(5.757576, 5);
  });
});

describe('reporting periods', () => {
  it('names the period in the header and in each tooltip, to date where a KPI is partial', () => {
    expect(view.period).toEqual({ label: 'April 2026', varies: false, partial: true });
    expect(line(kpi('Customer acquisition'), 'Period')).toBe('April 2026');
    expect(line(kpi('Training'), 'Period')).toBe('April 2026 (partial, to date)');
    // a running period is shown to date and not scored against the whole period's target
    expect(kpi('Training')).toMatchObject({ value: 39.4, score: null, status: 'unscored' });
    expect(kpi('Training').flags).toEqual([RUNNING_PERIOD]);
  });

  it('says nothing of periods when the data has none', () => {
    const bare = createDataFrame({
      fields: ['perspective', 'objective', 'kpi', 'value'].map((name) => ({ name, values: ['x'] })),
    });
    const built = buildScorecard({ frames: [bare], options: defaultOptions, theme, timeZone: 'utc', rangeEnd: 0 });
    expect(built.period).toBeNull();
    expect(built.perspectives[0]?.objectives[0]?.kpis[0]?.period).toBeNull();
  });
});
