import { kpiDoc } from '../test-support/documents';
import { demoCheckIns } from './checkins';

const end = Date.UTC(2026, 10, 22);
const hours = kpiDoc('d.hours', { unit: 'h', thresholds: { redFlag: 20, goal: 40 }, target: 40 });
const attrition = kpiDoc('d.attrition', {
  unit: 'percentunit',
  direction: 'lower-is-better',
  thresholds: { redFlag: 0.15, goal: 0.08 },
  target: 0.08,
});
const measured = kpiDoc('d.measured', {
  calculation: { measure: { source: 's', aggregate: 'count' } },
});

describe('demoCheckIns', () => {
  it('gives every manual KPI 13 monthly check-ins on the first of the month, ending in the current month', () => {
    const groups = demoCheckIns([hours, attrition, measured], 'seed', end);
    expect(groups.map((g) => g.kpi)).toEqual(['d.hours', 'd.attrition']);
    const times = groups[0]?.checkIns.map((c) => c.time) ?? [];
    expect(times).toHaveLength(13);
    expect(times[0]).toBe(Date.UTC(2025, 10, 1));
    expect(times[12]).toBe(Date.UTC(2026, 10, 1));
  });

  it('moves from near the red flag towards the goal whatever the direction, deterministically', () => {
    const [h, a] = demoCheckIns([hours, attrition], 'seed', end);
    const hv = h?.checkIns.map((c) => c.value) ?? [];
    const av = a?.checkIns.map((c) => c.value) ?? [];
    expect(hv.every((v) => v > 20 && v < 42)).toBe(true);
    expect(hv[12]).toBeGreaterThan(hv[0] ?? Infinity);
    expect(av[12]).toBeLessThan(av[0] ?? -Infinity);
    expect(av.every((v) => Number.isInteger(v * 1000))).toBe(true);
    expect(demoCheckIns([hours, attrition], 'seed', end)).toEqual([h, a]);
    expect(demoCheckIns([hours], 'other', end)[0]?.checkIns.map((c) => c.value)).not.toEqual(hv);
  });
});
