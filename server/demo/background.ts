import { type EventRow } from '../events/types';
import { DAY_MS, type DemoWindow, timeInDay, trafficFactor } from './calendar';
import { pickers } from './pickers';
import { Rng } from './prng';

/** Days a visitor comes to the site on average, all within a few weeks of the first (page_view once a day). */
const VISITS_PER_VISITOR = 2.4;
const RETURN_DAYS = 28;
/** Draws before a visitor already seen today is taken anyway. */
const RETRIES = 4;

/** `total` split over the days by traffic, rounding cumulatively so the parts add up exactly. */
export function splitByTraffic(total: number, window: DemoWindow): number[] {
  const weights = Array.from({ length: window.days }, (_, d) => trafficFactor(window.start + d * DAY_MS, window));
  const sum = weights.reduce((s, w) => s + w, 0);
  let acc = 0;
  let given = 0;
  return weights.map((w) => {
    acc += w;
    const upTo = Math.round((total * acc) / sum);
    const part = upTo - given;
    given = upTo;
    return part;
  });
}

/** Anonymous visitors' page views: the marketing site's traffic that never becomes a lead (yet). */
export class Visitors {
  private readonly rng: Rng;
  private readonly pick: ReturnType<typeof pickers>;
  private readonly ids: string[];
  private readonly pool: number;
  /** Visitors arriving over RETURN_DAYS: the ones a returning page view comes from. */
  private readonly recent: number;
  private given = 0;
  distinct = 0;

  constructor(seed: string, total: number, days: number) {
    this.rng = new Rng(`${seed}:visitors`);
    this.pick = pickers(this.rng);
    this.pool = Math.max(1, Math.round(total / VISITS_PER_VISITOR));
    this.recent = Math.max(1, Math.round((this.pool * RETURN_DAYS) / Math.max(1, days)));
    this.ids = new Array<string>(this.pool).fill('');
  }

  pageViews(dayStart: number, count: number, into: EventRow[]): void {
    const today = new Set<number>();
    for (let i = 0; i < count; i++) {
      const region = this.pick.region();
      into.push({
        time: dayStart + timeInDay(this.rng, region),
        customer: this.visitor(this.returning(today)),
        event: 'page_view',
        stage: 'awareness',
        channel: this.pick.visitorChannel(),
        segment: this.pick.leadSegment(),
        region,
        value: null,
      });
      this.given++;
    }
  }

  /** A visitor who arrived lately, the newest most likely, and (almost always) not yet seen today. */
  private returning(today: Set<number>): number {
    const arrived = Math.min(this.pool, Math.floor(this.given / VISITS_PER_VISITOR) + 1);
    let k = 0;
    for (let tries = 0; tries <= RETRIES; tries++) {
      k = arrived - 1 - Math.floor(this.rng.next() ** 2 * Math.min(this.recent, arrived));
      if (!today.has(k)) {
        break;
      }
    }
    today.add(k);
    return k;
  }

  private visitor(k: number): string {
    const known = this.ids[k];
    if (known !== undefined && known !== '') {
      return known;
    }
    const id = `v${String(k + 1).padStart(7, '0')}`;
    this.ids[k] = id;
    this.distinct++;
    return id;
  }
}
