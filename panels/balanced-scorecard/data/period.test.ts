import { createDataFrame } from '@grafana/data';
import { kpiPeriod, metaPeriod, periodSummary, periodText } from './period';

const APRIL = { start: Date.UTC(2026, 3, 1), end: Date.UTC(2026, 4, 1) };
const none = { period: null, periodLabel: null, periodStart: null, periodEnd: null, partial: false };

describe('kpiPeriod', () => {
  it("takes the data's label", () => {
    const row = { ...none, periodLabel: 'April 2026', periodStart: APRIL.start, periodEnd: APRIL.end };
    expect(kpiPeriod(row, 'utc')).toEqual({ label: 'April 2026', partial: false });
  });

  it('writes the dates without a label, the exclusive end as the day before, in the dashboard time zone', () => {
    const row = { ...none, periodStart: APRIL.start, periodEnd: APRIL.end };
    expect(kpiPeriod(row, 'utc')?.label).toBe('1 Apr 2026 – 30 Apr 2026');
    // 2026-04-01T00:00Z is 31 March, 20:00 in New York (EDT, UTC−4)
    expect(kpiPeriod(row, 'America/New_York')?.label).toBe('31 Mar 2026 – 30 Apr 2026');
    const day = { ...none, periodStart: APRIL.start, periodEnd: APRIL.start + 86_400_000 };
    expect(kpiPeriod(day, 'utc')?.label).toBe('1 Apr 2026');
    expect(kpiPeriod({ ...none, periodStart: APRIL.start }, 'utc')?.label).toBe('from 1 Apr 2026');
  });

  it('says how often the KPI is reported when that is all it knows, and marks the running period', () => {
    expect(kpiPeriod({ ...none, period: 'quarter' }, 'utc')).toEqual({ label: 'quarterly', partial: false });
    const toDate = kpiPeriod({ ...none, periodLabel: 'April 2026', partial: true }, 'utc');
    expect(toDate && periodText(toDate)).toBe('April 2026 (partial, to date)');
  });

  it('is null without any period information', () => {
    expect(kpiPeriod(none, 'utc')).toBeNull();
  });
});

describe('periodSummary', () => {
  const april = { label: 'April 2026', partial: false };
  const q2 = { label: 'Q2 2026', partial: false };
  const noMeta = { label: null, toDate: false };

  it('names the period every KPI shares, marked to date when one covers its running period', () => {
    expect(periodSummary([april, april, null], noMeta)).toEqual({ label: 'April 2026', varies: false, partial: false });
    expect(periodSummary([april, { ...april, partial: true }], noMeta)).toMatchObject({ partial: true });
  });

  it('says periods vary when they differ, unless the frame names one', () => {
    expect(periodSummary([april, q2], noMeta)).toEqual({
      label: 'April 2026 · 1 KPI on another period',
      varies: true,
      partial: false,
    });
    expect(periodSummary([q2, april, april, q2, q2], noMeta)?.label).toBe('Q2 2026 · 2 KPIs on another period');
    expect(periodSummary([april, q2], { label: 'April 2026', toDate: true })).toEqual({
      label: 'April 2026',
      varies: false,
      partial: true,
    });
  });

  it('is null when no KPI says anything of periods', () => {
    expect(periodSummary([null, null], noMeta)).toBeNull();
  });
});

describe('metaPeriod', () => {
  it("reads the frames' shared label and whether they report to date", () => {
    const frame = (custom: Record<string, unknown>) => createDataFrame({ meta: { custom }, fields: [] });
    expect(metaPeriod([frame({ periodLabel: 'April 2026', period: 'to-date' })])).toEqual({
      label: 'April 2026',
      toDate: true,
    });
    expect(metaPeriod([frame({ periodLabel: 'April 2026' }), frame({ periodLabel: null })])).toEqual({
      label: null,
      toDate: false,
    });
  });
});
