import { DAY_MS, trafficFactor } from './calendar';
import { type Channel, DAYS_PER_MONTH, LEADS_PER_MONTH, MODEL, REGION_MODEL, type Segment } from './model';
import { onboard, openAccount } from './onboarding';
import { type Pickers } from './pickers';
import { type Party, type World } from './world';

const HOUR = 3_600_000;

const pageChannel = (channel: Channel): Channel => (channel === 'email' || channel === 'partner' ? channel : 'web');

/**
 * The visitor's page views from the first visit until evaluating, ending with the visit on which they sign up or
 * ask for a demo; identity resolution gives the visitor's earlier page views the lead's id.
 */
function browse(world: World, lead: Party, channel: Channel, t0: number, evaluation: number): void {
  const { rng } = world;
  world.emit(t0, 'page_view', 'awareness', lead, pageChannel(channel));
  const more = rng.poisson(1.5);
  for (let i = 0; i < more; i++) {
    world.emit(t0 + Math.floor(rng.next() * (evaluation - t0)), 'page_view', 'awareness', lead, pageChannel(channel));
  }
  world.emit(evaluation - rng.int(2, 40) * 60_000, 'page_view', 'awareness', lead, pageChannel(channel));
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
  return rng.chance(m.trialToPaid * conversion) ? trial + rng.int(3, 14) * DAY_MS + rng.int(1, 8) * HOUR : null;
}

function salesAssisted(world: World, lead: Party, channel: Channel, at: number, conversion: number): number | null {
  const { rng } = world;
  const m = MODEL[lead.segment];
  world.emit(at, 'demo_request', 'evaluation', lead, channel);
  if (!rng.chance(m.demoToPaid * conversion)) {
    return null;
  }
  const purchase = at + rng.int(m.salesCycle[0], m.salesCycle[1]) * DAY_MS + rng.int(1, 8) * HOUR;
  proofOfConcept(world, lead, channel, Math.max(at + DAY_MS, purchase - rng.int(5, 14) * DAY_MS));
  return purchase;
}

/** Deals that close run a trial as a proof of concept; the champion reads the pricing pages before it starts. */
function proofOfConcept(world: World, lead: Party, channel: Channel, at: number): void {
  const { rng } = world;
  world.emit(at - rng.int(1, 3) * DAY_MS - rng.int(1, 8) * HOUR, 'page_view', 'awareness', lead, pageChannel(channel));
  world.emit(at, 'trial_start', 'evaluation', lead, channel === 'partner' ? 'partner' : 'sales');
  const uses = rng.poisson(1.6);
  for (let i = 0; i < uses; i++) {
    world.emit(at + Math.floor(rng.next() * 7 * DAY_MS), 'feature_used', 'evaluation', lead, 'app');
  }
}

function newLead(world: World, day: number, pick: Pickers): void {
  const { rng } = world;
  const segment: Segment = pick.leadSegment();
  const lead: Party = { id: world.newId(), segment, region: pick.region() };
  const channel = pick.leadChannel[segment]();
  const t0 = world.timeOn(day, lead.region);
  const evaluation = t0 + rng.int(0, 21) * DAY_MS + rng.int(10, 240) * 60_000;
  browse(world, lead, channel, t0, evaluation);
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
