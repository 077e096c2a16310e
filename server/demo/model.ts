// Northwind Cloud's business, as the simulation's parameters. Monthly rates per account or lead; money in USD.
// At scale 1 (1,000,000 events) they reproduce provisioning/scorecards/README.md: ~2,400 customers, ~$48M ARR.

export const SEGMENTS = ['smb', 'mid-market', 'enterprise'] as const;
export type Segment = (typeof SEGMENTS)[number];
export const REGIONS = ['amer', 'emea', 'apac'] as const;
export type Region = (typeof REGIONS)[number];
export const CHANNELS = ['web', 'app', 'email', 'partner', 'sales'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface SegmentModel {
  /** Share of the installed base, of leads and of anonymous visitors. */
  baseShare: number;
  leadShare: number;
  /** Lead acquisition channels, in CHANNELS order. */
  leadChannels: readonly number[];
  /** Share of leads asking for a demo (sales-assisted) instead of signing up. */
  demoRate: number;
  /** Signups that start a trial, trials that buy, demos that buy. */
  trialRate: number;
  trialToPaid: number;
  demoToPaid: number;
  /** Days from demo request to purchase. */
  salesCycle: readonly [number, number];
  /** ARR of a new deal and of an account in the installed base (log-normal: median, sigma). */
  newArr: readonly [number, number];
  baseArr: readonly [number, number];
  onboardingDays: number;
  onboardingCompletion: number;
  /** Monthly rates per account. */
  logins: number;
  featureUse: number;
  tickets: number;
  expansion: number;
  /** Expansion as a share of ARR (uniform range). */
  expansionSize: readonly [number, number];
  /** Chance of churning at a renewal. */
  churn: number;
  firstContactResolution: number;
  /** Relationship-survey invitees per account and wave, CES mean (1-7), sentiment shift for NPS. */
  npsInvitees: number;
  cesMean: number;
  sentiment: number;
}

export const MODEL: Readonly<Record<Segment, SegmentModel>> = {
  smb: {
    baseShare: 0.7,
    leadShare: 0.72,
    leadChannels: [0.55, 0.1, 0.2, 0.1, 0.05],
    demoRate: 0.04,
    trialRate: 0.13,
    trialToPaid: 0.22,
    demoToPaid: 0.2,
    salesCycle: [10, 30],
    newArr: [4500, 0.35],
    baseArr: [5600, 0.4],
    onboardingDays: 6,
    onboardingCompletion: 0.8,
    logins: 3,
    featureUse: 0.9,
    tickets: 0.35,
    expansion: 0.015,
    expansionSize: [0.15, 0.4],
    churn: 0.13,
    firstContactResolution: 0.78,
    npsInvitees: 1,
    cesMean: 5.9,
    sentiment: -0.06,
  },
  'mid-market': {
    baseShare: 0.245,
    leadShare: 0.22,
    leadChannels: [0.4, 0, 0.15, 0.2, 0.25],
    demoRate: 0.4,
    trialRate: 0.15,
    trialToPaid: 0.15,
    demoToPaid: 0.14,
    salesCycle: [25, 60],
    newArr: [22000, 0.45],
    baseArr: [31000, 0.45],
    onboardingDays: 14,
    onboardingCompletion: 0.88,
    logins: 5,
    featureUse: 1.2,
    tickets: 0.6,
    expansion: 0.05,
    expansionSize: [0.1, 0.3],
    churn: 0.07,
    firstContactResolution: 0.72,
    npsInvitees: 2,
    cesMean: 5.4,
    sentiment: 0.02,
  },
  enterprise: {
    baseShare: 0.055,
    leadShare: 0.06,
    leadChannels: [0.2, 0, 0.1, 0.25, 0.45],
    demoRate: 0.8,
    trialRate: 0.1,
    trialToPaid: 0.1,
    demoToPaid: 0.08,
    salesCycle: [45, 120],
    newArr: [75000, 0.5],
    baseArr: [130000, 0.5],
    onboardingDays: 28,
    onboardingCompletion: 0.92,
    logins: 8,
    featureUse: 1.6,
    tickets: 1.2,
    expansion: 0.1,
    expansionSize: [0.08, 0.25],
    churn: 0.04,
    firstContactResolution: 0.62,
    npsInvitees: 4,
    cesMean: 4.9,
    sentiment: 0.08,
  },
};

/** Conversion multipliers by region; UTC offset of the region's business hours. */
export const REGION_MODEL: Readonly<Record<Region, { share: number; conversion: number; utcOffset: number }>> = {
  amer: { share: 0.45, conversion: 1.1, utcOffset: -5 },
  emea: { share: 0.35, conversion: 1.0, utcOffset: 1 },
  apac: { share: 0.2, conversion: 0.8, utcOffset: 8 },
};

/** At scale 1: accounts at the start, leads a month, NPS wave length, months of warm-up before the window. */
export const BASE_ACCOUNTS = 1900;
export const LEADS_PER_MONTH = 1400;
export const NPS_WAVE_DAYS = 90;
export const NPS_RESPONSE_RATE = 0.35;
export const CSAT_RESPONSE_RATE = 0.25;
export const REFERRALS_PER_MONTH = 0.05;
/** Chance, times sentiment, that a newly onboarded account answers the in-app referral prompt. */
export const NEW_CUSTOMER_REFERRALS = 0.2;
export const WARMUP_DAYS = 60;
export const DAYS_PER_MONTH = 30.44;
/** The default --events; the scale is events / EVENTS_AT_SCALE_1. */
export const EVENTS_AT_SCALE_1 = 1_000_000;
