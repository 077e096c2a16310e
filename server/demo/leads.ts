import { DAY_MS, trafficFactor } from './calendar';
import { type Channel, DAYS_PER_MONTH, LEADS_PER_MONTH, MODEL, REGION_MODEL, type Segment } from './model';
import { onboard, openAccount } from './onboarding';
import { type Pickers } from './pickers';
import { type Party, type World } from './world';

const HOUR = 3_600_000;

/** Page views over `gap` days before the lead evaluates; the first one starts the journey. */
function browse(world: World, lead: Party, channel: Channel, t0: number, gap: number): void {
  const { rng } = world;
  const pageChannel: Channel = channel === 'email' || channel === 'partner' ? channel : 'web';
  world.emit(t0, 'page_view', 'awareness', lead, pageChannel);
  const more = rng.poisson(1.5);
  for (let i = 0; i < more; i++) {
    world.emit(t0 + Math.floor(rng.next() * gap * DAY_MS), 'page_view', 'awareness', lead, pageChannel);
  }
}

/** A self-serve signup; some start a 14-day trial, and some trials buy. Returns the purchase time or null. */
function selfServe(world: World, lead: Party, channel: Channel, at: number, conversion: number): number | null {
  const { rng } = world;
  const m = MODEL[lead.segment];
  const product: Channel = channel === 'app' ? 'app' : 'web';
  world.emit(at, 'signup', 'evaluation', lead, channel === 'sales' ? 'web' : channel);
  if (!rng.chance(m.trialRate * conversion)) {
    return null;
  }
  const trial = at + rng.int(0, 2) * DAY_MS + rng.int(5, 180) * 60_000;
  world.emit(trial, 'trial_start', 'evaluation', lead, product);
  const uses = rng.poisson(1.6);
  for (let i = 0; i < uses; i++) {
    world.emit(trial + Math.floor(rng.next() * 14 * DAY_MS), 'feature_used', 'evaluation', lead, 'app');
  }
  return rng.chance(m.trialToPaid * conversion) ? trial + rng.int(5, 16) * DAY_MS + rng.int(1, 8) * HOUR : null;
}

function salesAssisted(world: World, lead: Party, channel: Channel, at: number, conversion: number): number | null {
  const { rng } = world;
  const m = MODEL[lead.segment];
  world.emit(at, 'demo_request', 'evaluation', lead, channel);
  if (!rng.chance(m.demoToPaid * conversion)) {
    return null;
  }
  return at + rng.int(m.salesCycle[0], m.salesCycle[1]) * DAY_MS + rng.int(1, 8) * HOUR;
}

function newLead(world: World, day: number, pick: Pickers): void {
  const { rng } = world;
  const segment: Segment = pick.leadSegment();
  const lead: Party = { id: world.newId(), segment, region: pick.region() };
  const channel = pick.leadChannel[segment]();
  const t0 = world.timeOn(day, lead.region);
  const gap = rng.int(0, 14);
  browse(world, lead, channel, t0, gap);
  const evaluation = t0 + gap * DAY_MS + rng.int(10, 240) * 60_000;
  const conversion = REGION_MODEL[lead.region].conversion;
  const demo = rng.chance(MODEL[segment].demoRate);
  const purchase = demo
    ? salesAssisted(world, lead, channel, evaluation, conversion)
    : selfServe(world, lead, channel, evaluation, conversion);
  if (purchase !== null) {
    const billing: Channel = demo ? (channel === 'partner' ? 'partner' : 'sales') : channel === 'app' ? 'app' : 'web';
    onboard(world, openAccount(world, lead, billing, purchase), purchase);
  }
}

/** The day's new leads: Poisson around the seasonal rate, scaled. */
export function arriveLeads(world: World, day: number, pick: Pickers): void {
  const rate = (LEADS_PER_MONTH * world.scale * trafficFactor(world.dayStart(day), world.window)) / DAYS_PER_MONTH;
  const n = world.rng.poisson(rate);
  world.leads += day >= 0 ? n : 0;
  for (let i = 0; i < n; i++) {
    newLead(world, day, pick);
  }
}
