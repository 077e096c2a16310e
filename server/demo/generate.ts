import { type EventRow } from '../events/types';
import { arriveLeads } from './leads';
import { liveDay, openBase } from './accounts';
import { Visitors, splitByTraffic } from './background';
import { DAY_MS, demoWindow, type DemoWindow } from './calendar';
import { EVENTS_AT_SCALE_1, WARMUP_DAYS } from './model';
import { pickers } from './pickers';
import { Rng } from './prng';
import { type Account, World } from './world';

export interface DemoOptions {
  /** Exactly this many events are generated. */
  events: number;
  seed: string;
  /** The window ends at the UTC midnight on or before this time (epoch ms); the CLI passes now. */
  end: number;
  months?: number;
}

/** What a generation produced; filled in as the days are consumed. */
export class DemoSummary {
  events = 0;
  readonly byEvent = new Map<string, number>();
  /** Paying accounts at some point in the window, leads who arrived in it, anonymous visitors. */
  accounts = 0;
  leads = 0;
  visitors = 0;
  window: DemoWindow | null = null;

  count(rows: readonly EventRow[]): void {
    this.events += rows.length;
    for (const row of rows) {
      this.byEvent.set(row.event, (this.byEvent.get(row.event) ?? 0) + 1);
    }
  }

  finish(world: World, visitors: Visitors): void {
    const inWindow = (a: Account) => a.activeFrom < world.window.days && !(a.churned && a.renewalDay < 0);
    this.accounts = world.accounts.filter(inWindow).length;
    this.leads = world.leads;
    this.visitors = visitors.distinct;
    this.window = world.window;
  }
}

export const MIN_DEMO_EVENTS = 1000;

/** The accounts' and leads' events, day by day from the window start (after a warm-up that fills the pipeline). */
function* journeys(seed: string, window: DemoWindow, scale: number): Generator<EventRow[], World> {
  const world = new World(new Rng(seed), window, scale);
  const pick = pickers(world.rng);
  openBase(world, pick);
  for (let day = -WARMUP_DAYS; day < window.days; day++) {
    arriveLeads(world, day, pick);
    liveDay(world, day);
    const rows = world.take(day);
    if (day >= 0) {
      yield rows;
    }
  }
  return world;
}

/**
 * The demo data set, one time-sorted array per day. Deterministic: the same options give the same events.
 * The journeys are simulated twice: first to count them, so anonymous traffic makes the total exactly `events`.
 */
export function* generateDemo(options: DemoOptions, summary = new DemoSummary()): Generator<EventRow[]> {
  if (!Number.isInteger(options.events) || options.events < MIN_DEMO_EVENTS) {
    throw new Error(`the demo needs at least ${MIN_DEMO_EVENTS} events, got ${options.events}`);
  }
  const window = demoWindow(options.end, options.months);
  const scale = options.events / EVENTS_AT_SCALE_1;
  let journeyEvents = 0;
  for (const rows of journeys(options.seed, window, scale)) {
    journeyEvents += rows.length;
  }
  const background = options.events - journeyEvents;
  if (background < 0) {
    throw new Error(
      `--events ${options.events} is too few: the customers' journeys alone make ${journeyEvents} events`
    );
  }
  const perDay = splitByTraffic(background, window);
  const visitors = new Visitors(options.seed, background, window.days);
  const days = journeys(options.seed, window, scale);
  for (let day = 0; ; day++) {
    const next = days.next();
    if (next.done === true) {
      summary.finish(next.value, visitors);
      return;
    }
    const rows = next.value;
    visitors.pageViews(window.start + day * DAY_MS, perDay[day] ?? 0, rows);
    rows.sort((a, b) => a.time - b.time);
    summary.count(rows);
    yield rows;
  }
}
