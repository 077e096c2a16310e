import { type EventRow } from '../events/types';
import { DAY_MS, type DemoWindow, timeInDay, trafficFactor } from './calendar';
import { pickers } from './pickers';
import { Rng } from './prng';

/** Days a visitor comes back on average (page_view is recorded once per visitor and day). */
const VISITS_PER_VISITOR = 1.8;

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
  distinct = 0;

  constructor(seed: string, total: number) {
    this.rng = new Rng(`${seed}:visitors`);
    this.pick = pickers(this.rng);
    this.pool = Math.max(1, Math.round(total / VISITS_PER_VISITOR));
    this.ids = new Array<string>(this.pool).fill('');
  }

  pageViews(dayStart: number, count: number, into: EventRow[]): void {
    for (let i = 0; i < count; i++) {
      const region = this.pick.region();
      into.push({
        time: dayStart + timeInDay(this.rng, region),
        customer: this.visitor(Math.floor(this.rng.next() * this.pool)),
        event: 'page_view',
        stage: 'awareness',
        channel: this.pick.visitorChannel(),
        segment: this.pick.leadSegment(),
        region,
        value: null,
      });
    }
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
