import {
  type Attempt,
  type AttemptContext,
  orderedAttempt,
  startsAttempt,
  strictAttempt,
  unorderedAttempt,
} from './attempts';
import { matches } from './match';
import { compareValues, median } from './outcome-totals';
import { FunnelOutcomes, groupKey } from './outcomes';
import {
  type CustomerFunnel,
  type FunnelEvent,
  type FunnelJourney,
  type FunnelOptions,
  type FunnelResult,
  type FunnelStageTotals,
  type FunnelValue,
} from './types';

const ATTEMPTS = { ordered: orderedAttempt, strict: strictAttempt, unordered: unorderedAttempt } as const;

/** Each customer's events in order: time, then the source's row order (their order in `events`). */
function byCustomer(events: readonly FunnelEvent[]): Map<string, FunnelEvent[]> {
  const out = new Map<string, Array<{ e: FunnelEvent; i: number }>>();
  events.forEach((e, i) => {
    const list = out.get(e.customer) ?? [];
    list.push({ e, i });
    out.set(e.customer, list);
  });
  return new Map(
    [...out].map(([customer, list]) => [
      customer,
      list.sort((a, b) => a.e.time - b.e.time || a.i - b.i).map((x) => x.e),
    ])
  );
}

/** An event matching an exclusion strictly between the counted attempt's entry and its last step. */
function excluded(ctx: AttemptContext, counted: Attempt): boolean {
  const filters = ctx.journey.exclude ?? [];
  const last = counted.steps[counted.steps.length - 1] ?? counted.entry;
  for (let j = counted.entry + 1; j < last; j++) {
    const e = ctx.events[j];
    if (e !== undefined && filters.some((f) => matches(e, f))) {
      return true;
    }
  }
  return false;
}

/** The customer's counted attempt and how far its open attempts got, or null (no attempt, or excluded). */
export function customerFunnel(
  customer: string,
  events: FunnelEvent[],
  journey: FunnelJourney,
  range: { from: number; to: number },
  options: FunnelOptions
): CustomerFunnel | null {
  const ctx: AttemptContext = { events, journey, now: options.now };
  let best: Attempt | null = null;
  let open = 0;
  for (const [j, e] of events.entries()) {
    if (e.time < range.from || e.time >= range.to || !startsAttempt(ctx, j)) {
      continue;
    }
    const attempt = ATTEMPTS[journey.order](ctx, j);
    if (best === null || attempt.level > best.level) {
      best = attempt;
    }
    if (e.time + journey.windowMs > options.now) {
      open = Math.max(open, attempt.level);
    }
  }
  if (best === null || excluded(ctx, best)) {
    return null;
  }
  const entry = events[best.entry];
  const breakdown: FunnelValue = options.breakdown === undefined ? null : (entry?.[options.breakdown] ?? null);
  const steps = journey.order === 'unordered' ? [] : best.steps.map((j) => events[j]?.time ?? 0);
  return { customer, level: best.level, entry: entry?.time ?? 0, steps, breakdown, open };
}

/** Stage totals of a set of customers: reached, in progress, time to convert from the previous step (seconds). */
export function stageTotals(customers: readonly CustomerFunnel[], journey: FunnelJourney): FunnelStageTotals[] {
  return journey.stages.map((stage, k) => {
    const reached = customers.filter((c) => c.level > k);
    const times =
      k === 0 || journey.order === 'unordered'
        ? []
        : reached.map((c) => ((c.steps[k] ?? 0) - (c.steps[k - 1] ?? 0)) / 1000).sort((a, b) => a - b);
    return {
      stage: stage.id,
      value: reached.length,
      inProgress: customers.filter((c) => c.open > k).length,
      medianTimeToConvert: median(times),
      meanTimeToConvert: times.length === 0 ? null : times.reduce((a, b) => a + b, 0) / times.length,
    };
  });
}

/**
 * The reference funnel of DESIGN §4b: attempts start at first-stage events (any stage when unordered) in
 * [from, to); a customer counts in stages 1..level of its best attempt; the earliest attempt reaching that level
 * gives the breakdown value and the step times. The server's engines are tested against this.
 */
export function computeFunnel(
  events: readonly FunnelEvent[],
  journey: FunnelJourney,
  range: { from: number; to: number },
  options: FunnelOptions
): FunnelResult & { customers: CustomerFunnel[] } {
  const customers: CustomerFunnel[] = [];
  for (const [customer, list] of byCustomer(events)) {
    const funnel = customerFunnel(customer, list, journey, range, options);
    if (funnel !== null) {
      customers.push(funnel);
    }
  }
  return funnelResult(customers, journey, options.breakdown !== undefined);
}

/** Totals of the customers' outcomes, and per breakdown value when split (text order, missing last). */
export function funnelResult(
  customers: CustomerFunnel[],
  journey: FunnelJourney,
  split: boolean
): FunnelResult & { customers: CustomerFunnel[] } {
  const groups = new Map<string, { breakdown: FunnelValue; members: CustomerFunnel[] }>();
  if (split) {
    for (const c of customers) {
      const key = groupKey(c.breakdown);
      const group = groups.get(key) ?? { breakdown: c.breakdown, members: [] };
      group.members.push(c);
      groups.set(key, group);
    }
  }
  return {
    stages: stageTotals(customers, journey),
    groups: [...groups.values()]
      .sort((a, b) => compareValues(a.breakdown, b.breakdown))
      .map((g) => ({ breakdown: g.breakdown, stages: stageTotals(g.members, journey) })),
    customers,
    outcomes: FunnelOutcomes.of(customers, split, journey.order !== 'unordered'),
  };
}
