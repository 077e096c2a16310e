import { type EventRow } from '../events/types';
import { generateAll } from './test-support';

const count = (rows: readonly EventRow[], pred: (r: EventRow) => boolean) => rows.filter(pred).length;

describe('the demo data set is realistic', () => {
  const { rows, summary } = generateAll({ events: 200_000, seed: 'realism' });
  const of = (event: string) => rows.filter((r) => r.event === event);

  it('sets the journey stage the example journey expects on every event', () => {
    const stages: Record<string, string[]> = {
      awareness: ['page_view'],
      evaluation: ['signup', 'demo_request', 'trial_start', 'feature_used'],
      purchase: ['purchase'],
      onboarding: ['onboarding_step', 'onboarding_complete', 'ces_response'],
      retention: [
        'login',
        'feature_used',
        'ticket_opened',
        'ticket_resolved',
        'csat_response',
        'renewal',
        'churn',
        'expansion',
      ],
      advocacy: ['nps_response', 'referral_sent'],
    };
    const wrong = rows.filter((r) => !(stages[r.stage ?? ''] ?? []).includes(r.event));
    expect(wrong.slice(0, 3)).toEqual([]);
    expect(summary.byEvent.size).toBe(18);
  });

  it('keeps survey answers on their scales and money positive; other events carry no value', () => {
    const scale = (event: string, lo: number, hi: number) =>
      of(event).every((r) => Number.isInteger(r.value) && (r.value ?? -1) >= lo && (r.value ?? 99) <= hi);
    expect(scale('nps_response', 0, 10)).toBe(true);
    expect(scale('csat_response', 1, 5)).toBe(true);
    expect(scale('ces_response', 1, 7)).toBe(true);
    expect(scale('ticket_resolved', 1, 20)).toBe(true);
    expect(['purchase', 'renewal', 'churn', 'expansion'].every((e) => of(e).every((r) => (r.value ?? 0) > 0))).toBe(
      true
    );
    expect(of('page_view').every((r) => r.value === null)).toBe(true);
    const nps = of('nps_response');
    const score =
      (100 * (count(nps, (r) => (r.value ?? 0) >= 9) - count(nps, (r) => (r.value ?? 10) <= 6))) / nps.length;
    expect(score).toBeGreaterThan(20);
    expect(score).toBeLessThan(70);
  });

  it('converts segments differently: purchases per qualified evaluation fall from smb to enterprise', () => {
    const rate = (segment: string) => {
      const evaluations = count(
        rows,
        (r) => r.segment === segment && (r.event === 'trial_start' || r.event === 'demo_request')
      );
      return count(rows, (r) => r.segment === segment && r.event === 'purchase') / evaluations;
    };
    expect(rate('smb')).toBeGreaterThan(1.2 * rate('mid-market'));
    expect(rate('mid-market')).toBeGreaterThan(1.2 * rate('enterprise'));
    const arr = (segment: string) => {
      const deals = of('purchase').filter((r) => r.segment === segment);
      return deals.reduce((s, r) => s + (r.value ?? 0), 0) / deals.length;
    };
    expect(arr('enterprise')).toBeGreaterThan(5 * arr('smb'));
  });

  it('follows each buyer from awareness to purchase, and churned accounts go quiet', () => {
    const firstSeen = new Map<string, EventRow>();
    for (const r of rows) {
      if (r.customer !== null && !firstSeen.has(r.customer)) {
        firstSeen.set(r.customer, r);
      }
    }
    const buyers = of('purchase').map((r) => firstSeen.get(r.customer ?? ''));
    expect(
      count(
        buyers.flatMap((r) => (r ? [r] : [])),
        (r) => r.event === 'page_view'
      ) / buyers.length
    ).toBeGreaterThan(0.8);
    const churned = new Map(of('churn').map((r) => [r.customer, r.time]));
    const after = count(rows, (r) => r.time > (churned.get(r.customer) ?? Infinity) && r.event !== 'csat_response');
    expect(churned.size).toBeGreaterThan(5);
    expect(after).toBeLessThan(churned.size);
  });

  it('reports accounts, leads and visitors', () => {
    expect(summary.accounts).toBeGreaterThan(400);
    expect(summary.leads).toBeGreaterThan(3000);
    expect(summary.visitors).toBeGreaterThan(50_000);
  });
});
