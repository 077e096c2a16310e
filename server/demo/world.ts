import { type EventRow } from '../events/types';
import { DAY_MS, type DemoWindow, timeInDay } from './calendar';
import { type Channel, type Region, type Segment, WARMUP_DAYS } from './model';
import { type Rng } from './prng';

/** A paying customer. Days count from the window start; `risk` drives low use, poor scores and churn. */
export interface Account {
  id: string;
  segment: Segment;
  region: Region;
  /** Where renewals and expansions are booked: web (self-serve), sales or partner. */
  billing: Channel;
  arr: number;
  engagement: number;
  risk: number;
  sentiment: number;
  activeFrom: number;
  renewalDay: number;
  npsOffset: number;
  churned: boolean;
}

/** Who an event is about: an account, a lead or an anonymous visitor. */
export interface Party {
  id: string;
  segment: Segment;
  region: Region;
}

/** The simulation's state: accounts, and events scheduled per day until their day is taken. */
export class World {
  readonly accounts: Account[] = [];
  leads = 0;
  private readonly buckets = new Map<number, EventRow[]>();
  private nextId = 1;

  constructor(
    readonly rng: Rng,
    readonly window: DemoWindow,
    readonly scale: number
  ) {}

  newId(): string {
    return `c${String(this.nextId++).padStart(6, '0')}`;
  }

  dayStart(day: number): number {
    return this.window.start + day * DAY_MS;
  }

  dayOf(time: number): number {
    return Math.floor((time - this.window.start) / DAY_MS);
  }

  /** A time on `day` during the business hours of `region`. */
  timeOn(day: number, region: Region): number {
    return this.dayStart(day) + timeInDay(this.rng, region);
  }

  emit(time: number, event: string, stage: string, who: Party, channel: Channel, value: number | null = null): void {
    const day = this.dayOf(time);
    if (day < -WARMUP_DAYS || day >= this.window.days) {
      return;
    }
    const row: EventRow = {
      time,
      customer: who.id,
      event,
      stage,
      channel,
      segment: who.segment,
      region: who.region,
      value,
    };
    const bucket = this.buckets.get(day);
    if (bucket === undefined) {
      this.buckets.set(day, [row]);
    } else {
      bucket.push(row);
    }
  }

  /** The events of `day`, complete once the day has been simulated. */
  take(day: number): EventRow[] {
    const rows = this.buckets.get(day) ?? [];
    this.buckets.delete(day);
    return rows;
  }
}
