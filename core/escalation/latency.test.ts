import { decisionLatency, percentile, type LatencySample } from './latency';

const T = Date.UTC(2026, 5, 1);
const S = 1000;
const recovered = { reason: 'recovered' as const };

/** Opened at T + offset; ack and resolve given in seconds after opening. */
function esc(kpi: string, owner: string, times: { ack?: number; resolve?: number; deselected?: boolean }, offset = 0) {
  const openedAt = T + offset * S;
  const e: LatencySample = { kpi, owner, openedAt };
  if (times.ack !== undefined) {
    e.acknowledgedAt = openedAt + times.ack * S;
  }
  if (times.resolve !== undefined) {
    e.resolvedAt = openedAt + times.resolve * S;
    e.resolution = times.deselected ? { reason: 'deselected' } : recovered;
  }
  return e;
}

describe('percentile (nearest rank)', () => {
  it('is the only value of one', () => {
    expect(percentile([42], 50)).toBe(42);
    expect(percentile([42], 90)).toBe(42);
  });

  it('takes the 1st of 2 for p50 (⌈1⌉) and the 2nd for p90 (⌈1.8⌉)', () => {
    expect(percentile([300, 60], 50)).toBe(60);
    expect(percentile([300, 60], 90)).toBe(300);
  });

  it('takes the 5th and 9th smallest of 10, whatever the input order', () => {
    const values = [50, 10, 100, 30, 90, 20, 80, 40, 70, 60];
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 90)).toBe(90);
  });

  it('takes the 63rd of 70 for p90 and the 35th for p50', () => {
    const values = Array.from({ length: 70 }, (_, i) => 70 - i);
    expect(percentile(values, 90)).toBe(63);
    expect(percentile(values, 50)).toBe(35);
  });

  it('is null without values', () => {
    expect(percentile([], 50)).toBeNull();
  });
});

describe('decisionLatency', () => {
  it('reports one escalation acknowledged after 2 minutes and resolved after 10', () => {
    expect(decisionLatency([esc('nps', 'dana', { ack: 120, resolve: 600 })], 'kpi')).toEqual([
      {
        group: 'nps',
        escalations: 1,
        acknowledged: 1,
        resolved: 1,
        open: 0,
        ackP50: 120,
        ackP90: 120,
        resolveP50: 600,
        resolveP90: 600,
        ackToResolveP50: 480,
        ackToResolveP90: 480,
      },
    ]);
  });

  it('takes p50 and p90 of two escalations as the 1st and 2nd smallest', () => {
    const rows = decisionLatency(
      [esc('nps', 'dana', { ack: 300, resolve: 900 }, 0), esc('nps', 'dana', { ack: 60, resolve: 3600 }, 50)],
      'kpi'
    );
    // ack 300, 60; resolve 900, 3600; ack → resolve 600, 3540
    expect(rows[0]).toMatchObject({
      ackP50: 60,
      ackP90: 300,
      resolveP50: 900,
      resolveP90: 3600,
      ackToResolveP50: 600,
      ackToResolveP90: 3540,
    });
  });

  it('takes the 5th and 9th of ten unsorted escalations, in seconds from milliseconds', () => {
    const acks = [50, 10, 100, 30, 90, 20, 80, 40, 70, 60];
    const input = acks.map((ack, i) => esc('csat', 'sam', { ack: ack + 0.5 }, i * 7));
    expect(decisionLatency(input, 'kpi')).toEqual([
      {
        group: 'csat',
        escalations: 10,
        acknowledged: 10,
        resolved: 0,
        open: 10,
        ackP50: 50.5,
        ackP90: 90.5,
        resolveP50: null,
        resolveP90: null,
        ackToResolveP50: null,
        ackToResolveP90: null,
      },
    ]);
  });

  it('counts an escalation resolved by recovery without acknowledgement toward resolve, not acknowledge', () => {
    const rows = decisionLatency(
      [esc('nps', 'dana', { resolve: 7200 }), esc('nps', 'dana', { ack: 30, resolve: 1800 }, 10)],
      'kpi'
    );
    expect(rows[0]).toMatchObject({
      escalations: 2,
      acknowledged: 1,
      resolved: 2,
      open: 0,
      ackP50: 30,
      ackP90: 30,
      resolveP50: 1800,
      resolveP90: 7200,
      ackToResolveP50: 1770,
      ackToResolveP90: 1770,
    });
  });

  it('counts escalations closed because their KPI was deselected as resolved, without resolve latency', () => {
    const rows = decisionLatency(
      [esc('nps', 'dana', { ack: 60, resolve: 100, deselected: true }), esc('nps', 'dana', { ack: 90 })],
      'kpi'
    );
    expect(rows).toEqual([
      {
        group: 'nps',
        escalations: 2,
        acknowledged: 2,
        resolved: 1,
        open: 1,
        ackP50: 60,
        ackP90: 90,
        resolveP50: null,
        resolveP90: null,
        ackToResolveP50: null,
        ackToResolveP90: null,
      },
    ]);
  });

  it('groups owners as identities, shown as first spelled, ordered by group', () => {
    const rows = decisionLatency(
      [
        esc('nps', 'Dana', { ack: 10 }),
        esc('csat', 'sam', { ack: 20 }),
        esc('churn', 'DANA', { ack: 40 }),
        esc('nps', 'dana', { ack: 30 }),
      ],
      'owner'
    );
    expect(rows.map((r) => [r.group, r.escalations, r.ackP50, r.ackP90])).toEqual([
      ['Dana', 3, 30, 40],
      ['sam', 1, 20, 20],
    ]);
  });

  it('groups by KPI in id order', () => {
    const rows = decisionLatency([esc('nps', 'a', {}), esc('csat', 'a', {}), esc('nps', 'b', {})], 'kpi');
    expect(rows.map((r) => [r.group, r.escalations, r.open])).toEqual([
      ['csat', 1, 1],
      ['nps', 2, 2],
    ]);
  });

  it('has no rows without escalations', () => {
    expect(decisionLatency([], 'owner')).toEqual([]);
  });
});
