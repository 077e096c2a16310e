import { scoreKpi, statusOfScore } from './scoring';

const higher = { redFlag: 20, goal: 45, direction: 'higher-is-better' as const };
const lower = { redFlag: 10, goal: 4, direction: 'lower-is-better' as const };

describe('scoreKpi', () => {
  it('maps the red flag to 10/3 and the goal to 20/3', () => {
    expect(scoreKpi(20, higher).score).toBeCloseTo(10 / 3, 12);
    expect(scoreKpi(45, higher).score).toBeCloseTo(20 / 3, 12);
    expect(scoreKpi(10, lower).score).toBeCloseTo(10 / 3, 12);
    expect(scoreKpi(4, lower).score).toBeCloseTo(20 / 3, 12);
  });

  it('is linear between and beyond the thresholds with the same slope', () => {
    // slope = (10/3) / 25 per point of NPS
    expect(scoreKpi(32.5, higher).score).toBeCloseTo(5, 12);
    expect(scoreKpi(57.5, higher).score).toBeCloseTo(25 / 3, 12);
    expect(scoreKpi(7, lower).score).toBeCloseTo(5, 12);
    expect(scoreKpi(1, lower).score).toBeCloseTo(25 / 3, 12);
  });

  it('clamps to 0..10', () => {
    expect(scoreKpi(-100, higher).score).toBe(0);
    expect(scoreKpi(1000, higher).score).toBe(10);
    expect(scoreKpi(-3, lower).score).toBe(10);
  });

  it('gives ok at the goal, warning between, critical at or beyond the red flag', () => {
    expect(scoreKpi(45, higher).status).toBe('ok');
    expect(scoreKpi(44.99, higher).status).toBe('warning');
    expect(scoreKpi(20.01, higher).status).toBe('warning');
    expect(scoreKpi(20, higher).status).toBe('critical');
    expect(scoreKpi(3, lower).status).toBe('ok');
    expect(scoreKpi(10, lower).status).toBe('critical');
    expect(scoreKpi(12, lower).status).toBe('critical');
  });

  it('reports no-data for missing or non-finite values', () => {
    for (const v of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(scoreKpi(v, higher)).toEqual({ score: null, status: 'no-data' });
    }
  });

  it('rejects thresholds that contradict the direction', () => {
    expect(() => scoreKpi(1, { ...higher, redFlag: 50 })).toThrow(/red flag \(50\) must lie below the goal \(45\)/);
    expect(() => scoreKpi(1, { ...lower, goal: 10 })).toThrow(/must lie above/);
  });
});

describe('statusOfScore', () => {
  it('uses the same cut points as scoreKpi', () => {
    expect(statusOfScore(20 / 3)).toBe('ok');
    expect(statusOfScore(5)).toBe('warning');
    expect(statusOfScore(10 / 3)).toBe('critical');
    expect(statusOfScore(null)).toBe('no-data');
  });
});
