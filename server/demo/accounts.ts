import { usageFactor } from './calendar';
import {
  BASE_ACCOUNTS,
  type Channel,
  CSAT_RESPONSE_RATE,
  DAYS_PER_MONTH,
  MODEL,
  NPS_RESPONSE_RATE,
  NPS_WAVE_DAYS,
  REFERRALS_PER_MONTH,
  WARMUP_DAYS,
} from './model';
import { dollars, traits } from './onboarding';
import { type Pickers } from './pickers';
import { csatScore, npsScore } from './surveys';
import { type Account, type World } from './world';

const HOUR = 3_600_000;

/** The installed base when the warm-up starts, with renewals spread over the year. */
export function openBase(world: World, pick: Pickers): void {
  const { rng } = world;
  const n = Math.max(3, Math.round(BASE_ACCOUNTS * world.scale));
  for (let i = 0; i < n; i++) {
    const segment = pick.baseSegment();
    const m = MODEL[segment];
    const billing: Channel = rng.chance(0.2) ? 'partner' : segment === 'smb' ? 'web' : 'sales';
    world.accounts.push({
      id: world.newId(),
      segment,
      region: pick.region(),
      billing,
      arr: dollars(rng.logNormal(m.baseArr[0], m.baseArr[1])),
      ...traits(rng, segment),
      activeFrom: -WARMUP_DAYS,
      renewalDay: -WARMUP_DAYS + rng.int(0, 364),
      npsOffset: -WARMUP_DAYS + rng.int(0, NPS_WAVE_DAYS - 1),
      churned: false,
    });
  }
}

function support(world: World, a: Account, day: number): void {
  const { rng } = world;
  const opened = world.timeOn(day, a.region);
  world.emit(opened, 'ticket_opened', 'retention', a, rng.chance(0.5) ? 'email' : 'web');
  const resolved = opened + Math.floor(rng.logNormal(14, 1.1) * HOUR);
  const first = rng.chance(MODEL[a.segment].firstContactResolution * (1.08 - 0.2 * a.risk));
  const contacts = first ? 1 : 2 + rng.poisson(0.6);
  world.emit(resolved, 'ticket_resolved', 'retention', a, 'email', contacts);
  if (rng.chance(CSAT_RESPONSE_RATE)) {
    world.emit(
      resolved + rng.int(5, 2880) * 60_000,
      'csat_response',
      'retention',
      a,
      'email',
      csatScore(rng, contacts, a.risk)
    );
  }
}

function renewOrChurn(world: World, a: Account, day: number): void {
  const { rng } = world;
  const at = world.timeOn(day, a.region);
  if (rng.chance(MODEL[a.segment].churn * (0.3 + 1.75 * a.risk))) {
    world.emit(at, 'churn', 'retention', a, a.billing, a.arr);
    a.churned = true;
    return;
  }
  a.arr = rng.chance(0.1) ? dollars(a.arr * rng.between(0.7, 0.95)) : a.arr;
  world.emit(at, 'renewal', 'retention', a, a.billing, a.arr);
  a.renewalDay += 365;
}

function surveys(world: World, a: Account, day: number): void {
  const { rng } = world;
  if (day >= a.npsOffset && (day - a.npsOffset) % NPS_WAVE_DAYS === 0) {
    for (let i = 0; i < MODEL[a.segment].npsInvitees; i++) {
      if (rng.chance(NPS_RESPONSE_RATE)) {
        const at = world.timeOn(day + rng.int(0, 6), a.region);
        world.emit(at, 'nps_response', 'advocacy', a, rng.chance(0.5) ? 'app' : 'email', npsScore(rng, a.sentiment));
      }
    }
  }
  if (rng.chance((REFERRALS_PER_MONTH * (0.3 + a.sentiment)) / DAYS_PER_MONTH)) {
    const channel: Channel = a.billing === 'partner' ? 'partner' : rng.chance(0.8) ? 'app' : 'sales';
    world.emit(world.timeOn(day, a.region), 'referral_sent', 'advocacy', a, channel);
  }
}

/** One day in the life of the paying accounts. */
export function liveDay(world: World, day: number): void {
  const usage = usageFactor(world.dayStart(day)) / DAYS_PER_MONTH;
  for (const account of world.accounts) {
    if (!account.churned && account.activeFrom <= day) {
      live(world, account, day, usage);
    }
  }
}

function live(world: World, a: Account, day: number, usage: number): void {
  const { rng } = world;
  const m = MODEL[a.segment];
  const logins = rng.poisson(m.logins * a.engagement * usage);
  for (let i = 0; i < logins; i++) {
    world.emit(world.timeOn(day, a.region), 'login', 'retention', a, rng.chance(0.6) ? 'app' : 'web');
  }
  const features = rng.poisson(m.featureUse * a.engagement * usage);
  for (let i = 0; i < features; i++) {
    world.emit(world.timeOn(day, a.region), 'feature_used', 'retention', a, 'app');
  }
  if (rng.chance(m.tickets * (0.7 + 0.75 * a.risk) * usage)) {
    support(world, a, day);
  }
  surveys(world, a, day);
  if (rng.chance((m.expansion * a.engagement) / DAYS_PER_MONTH)) {
    const added = dollars(a.arr * rng.between(m.expansionSize[0], m.expansionSize[1]));
    a.arr += added;
    world.emit(world.timeOn(day, a.region), 'expansion', 'retention', a, a.billing, added);
  }
  if (day === a.renewalDay) {
    renewOrChurn(world, a, day);
  }
}
