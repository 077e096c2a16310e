import { DAY_MS } from './calendar';
import { type Channel, MODEL, NEW_CUSTOMER_REFERRALS, type Segment } from './model';
import { type Rng } from './prng';
import { cesScore } from './surveys';
import { type Account, type Party, type World } from './world';

/** Engagement, churn risk and sentiment of a new account: risky accounts use less and score lower. */
export function traits(rng: Rng, segment: Segment): Pick<Account, 'engagement' | 'risk' | 'sentiment'> {
  const risk = rng.next() ** 1.5;
  const engagement = Math.min(2.5, rng.logNormal(1, 0.3) * (1.25 - 0.6 * risk));
  const sentiment = Math.min(1, Math.max(0, 0.75 - 0.45 * risk + MODEL[segment].sentiment + rng.normal(0, 0.08)));
  return { engagement, risk, sentiment };
}

/** ARR rounded to $10. */
export const dollars = (x: number): number => Math.max(10, Math.round(x / 10) * 10);

/** The lead buys: a purchase event with its ARR, and an account active from the next day. */
export function openAccount(world: World, lead: Party, billing: Channel, at: number): Account {
  const { rng } = world;
  const m = MODEL[lead.segment];
  const day = world.dayOf(at);
  const account: Account = {
    ...lead,
    billing,
    arr: dollars(rng.logNormal(m.newArr[0], m.newArr[1])),
    ...traits(rng, lead.segment),
    activeFrom: day + 1,
    renewalDay: day + 365,
    npsOffset: day + rng.int(30, 89),
    churned: false,
  };
  world.emit(at, 'purchase', 'purchase', account, billing, account.arr);
  world.accounts.push(account);
  return account;
}

/** Onboarding steps over the first weeks; most accounts complete it, and their admins rate the effort. */
export function onboard(world: World, account: Account, purchase: number): void {
  const { rng } = world;
  const m = MODEL[account.segment];
  const span = rng.logNormal(m.onboardingDays, 0.4) * (0.8 + 0.5 * account.risk) * DAY_MS;
  const steps = rng.int(3, 6);
  for (let i = 0; i < steps; i++) {
    world.emit(
      purchase + Math.floor(((i + rng.next()) / steps) * span),
      'onboarding_step',
      'onboarding',
      account,
      'app'
    );
  }
  if (!rng.chance(m.onboardingCompletion * (1.1 - 0.25 * account.risk))) {
    return;
  }
  const done = purchase + Math.floor(span) + rng.int(10, 120) * 60_000;
  world.emit(done, 'onboarding_complete', 'onboarding', account, 'app');
  firstWeeks(world, account, done);
  const admins = account.segment === 'smb' ? 1 : account.segment === 'mid-market' ? 2 : 3;
  for (let i = 0; i < admins; i++) {
    if (rng.chance(0.75)) {
      const at = done + rng.int(1, 72) * 3_600_000;
      world.emit(at, 'ces_response', 'onboarding', account, 'email', cesScore(rng, m.cesMean, account.risk));
    }
  }
}

/** Once set up, the team starts using the product within days; happy new customers answer the referral prompt. */
function firstWeeks(world: World, account: Account, done: number): void {
  const { rng } = world;
  if (!rng.chance(0.95 - 0.3 * account.risk)) {
    return;
  }
  const used = done + rng.int(1, 72) * 3_600_000;
  world.emit(used, 'feature_used', 'retention', account, 'app');
  if (rng.chance(NEW_CUSTOMER_REFERRALS * account.sentiment)) {
    const channel: Channel = account.billing === 'partner' ? 'partner' : 'app';
    world.emit(used + rng.int(2, 168) * 3_600_000, 'referral_sent', 'advocacy', account, channel);
  }
}
