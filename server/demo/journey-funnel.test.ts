import { type EventRow } from '../events/types';
import { generateAll } from './test-support';

const DAY = 86_400_000;
const WINDOW = 30 * DAY;

/** The example journey's stages (provisioning/scorecards/journey.yaml), as predicates. */
const STAGES: ReadonlyArray<(r: EventRow) => boolean> = [
  (r) => r.event === 'page_view',
  (r) => r.event === 'signup' || r.event === 'demo_request' || r.event === 'trial_start',
  (r) => r.event === 'purchase',
  (r) => r.event === 'onboarding_complete',
  (r) => (r.event === 'login' || r.event === 'feature_used') && r.stage === 'retention',
  (r) => r.event === 'referral_sent',
];

/** The deepest stage one attempt reaches: each step the first match after the previous, within 30 days of the entry. */
function attemptLevel(events: readonly EventRow[], entry: number): number {
  const start = events[entry]?.time ?? 0;
  let level = 1;
  for (let i = entry + 1; i < events.length && level < STAGES.length; i++) {
    const r = events[i];
    if (r === undefined || r.time - start > WINDOW) {
      break;
    }
    if (STAGES[level]?.(r) === true) {
      level++;
    }
  }
  return level;
}

/** Customers per stage of the ordered funnel for attempts entering in [from, to). */
function funnel(rows: readonly EventRow[], from: number, to: number): number[] {
  const byCustomer = new Map<string, EventRow[]>();
  for (const r of rows) {
    const list = byCustomer.get(r.customer ?? '');
    if (list === undefined) {
      byCustomer.set(r.customer ?? '', [r]);
    } else {
      list.push(r);
    }
  }
  const counts = new Array<number>(STAGES.length).fill(0);
  for (const events of byCustomer.values()) {
    let best = 0;
    events.forEach((r, i) => {
      if (r.time >= from && r.time < to && r.event === 'page_view') {
        best = Math.max(best, attemptLevel(events, i));
      }
    });
    for (let k = 0; k < best; k++) {
      counts[k] = (counts[k] ?? 0) + 1;
    }
  }
  return counts;
}

describe('the demo data set walks the example journey', () => {
  const { rows, summary } = generateAll({ events: 500_000, seed: 'journey' });
  const to = summary.window?.end ?? 0;
  const counts = funnel(rows, to - 90 * DAY, to);

  it('reaches every stage of the ordered 30-day funnel over the last 90 days, each smaller than the one before', () => {
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(counts.every((n, k) => k === 0 || n < (counts[k - 1] ?? 0))).toBe(true);
  });

  it('converts like a B2B funnel: a few percent evaluate, and most buyers onboard and stay active', () => {
    const [aware = 0, evaluate = 0, buy = 0, onboard = 0, retain = 0] = counts;
    expect(evaluate / aware).toBeGreaterThan(0.01);
    expect(evaluate / aware).toBeLessThan(0.15);
    expect(buy / evaluate).toBeLessThan(0.2);
    expect(onboard / buy).toBeGreaterThan(0.5);
    expect(retain / onboard).toBeGreaterThan(0.5);
  });

  it("resolves a visitor who becomes a lead to the lead's id, and keeps most visitors anonymous", () => {
    const start = (summary.window?.start ?? 0) + 30 * DAY;
    const firstEvaluation = new Map<string, number>();
    for (const r of rows) {
      if (r.time >= start && STAGES[1]?.(r) === true && !firstEvaluation.has(r.customer ?? '')) {
        firstEvaluation.set(r.customer ?? '', r.time);
      }
    }
    const visitedBefore = new Set(
      rows
        .filter((r) => {
          const at = firstEvaluation.get(r.customer ?? '');
          return r.event === 'page_view' && at !== undefined && r.time <= at && r.time > at - WINDOW;
        })
        .map((r) => r.customer)
    );
    expect(firstEvaluation.size).toBeGreaterThan(1000);
    expect(visitedBefore.size).toBe(firstEvaluation.size);
    const anonymous = rows.filter((r) => r.event === 'page_view' && r.customer?.startsWith('v') === true);
    expect(new Set(anonymous.map((r) => r.customer)).size).toBeGreaterThan(10 * firstEvaluation.size);
  });
});
