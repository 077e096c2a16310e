// The example organisation's stage-conversion KPIs (measure: conversion on its journey) on both stores,
// with hand-computed answers: each step within 30 days of the previous one, cohorts by the month of entry.
import { type ResourceDocument } from '../../core/schema';
import { loadExampleOrg } from '../demo/example-org';
import { insertEvents } from '../events/store-sink';
import { useApiOn } from '../test-support/api';
import { STORE_PLACES } from '../test-support/places';
import { EXAMPLE_STAGES } from './example-stages';

const EVENTS: Array<[customer: string, event: string, time: string]> = [
  // awareness → evaluation
  ['v-a', 'page_view', '2024-11-05T10:00:00Z'],
  ['v-a', 'page_view', '2024-11-06T10:00:00Z'],
  ['v-a', 'signup', '2024-11-07T10:00:00Z'],
  ['v-b', 'page_view', '2024-11-10T10:00:00Z'],
  ['v-c', 'page_view', '2024-11-15T10:00:00Z'],
  ['v-c', 'demo_request', '2024-12-20T10:00:00Z'],
  ['v-d', 'page_view', '2024-10-25T10:00:00Z'],
  ['v-d', 'page_view', '2024-11-20T10:00:00Z'],
  ['v-d', 'signup', '2024-11-21T10:00:00Z'],
  // evaluation → purchase
  ['e-a', 'demo_request', '2024-11-03T10:00:00Z'],
  ['e-a', 'purchase', '2024-11-28T10:00:00Z'],
  ['e-b', 'trial_start', '2024-11-10T10:00:00Z'],
  ['e-b', 'purchase', '2024-12-15T10:00:00Z'],
  ['e-c', 'signup', '2024-11-12T10:00:00Z'],
  ['e-c', 'demo_request', '2024-11-20T10:00:00Z'],
  ['e-c', 'purchase', '2024-12-18T10:00:00Z'],
  // purchase → onboarding
  ['o-a', 'purchase', '2024-11-05T10:00:00Z'],
  ['o-a', 'onboarding_complete', '2024-11-12T10:00:00Z'],
  ['o-b', 'purchase', '2024-11-10T10:00:00Z'],
  ['o-b', 'onboarding_complete', '2024-12-20T10:00:00Z'],
  ['o-c', 'purchase', '2024-11-20T10:00:00Z'],
  ['o-d', 'purchase', '2024-10-30T10:00:00Z'],
  ['o-d', 'onboarding_complete', '2024-11-04T10:00:00Z'],
];

interface Frame {
  schema: { fields: Array<{ name: string }> };
  data: { values: unknown[][] };
}

describe.each(STORE_PLACES)('stage conversions of the example organisation on %s', (_kind, newPlace) => {
  const env = useApiOn(newPlace, { values: { timeZone: 'UTC' } });

  beforeAll(async () => {
    // the journey (naming only these KPIs), its Source and the three KPIs
    const wanted = new Set([
      'customer.awareness-conversion',
      'customer.evaluation-conversion',
      'process.onboarding-completion',
    ]);
    const documents = (await loadExampleOrg()).flatMap((d): ResourceDocument[] => {
      if (d.kind === 'Journey') {
        const stages = d.spec.stages.map((st) => ({ ...st, kpis: st.kpis.filter((k) => wanted.has(k)) }));
        return [{ ...d, spec: { ...d.spec, stages } }];
      }
      return d.kind === 'Source' || (d.kind === 'KPI' && wanted.has(d.metadata.id)) ? [d] : [];
    });
    const applied = await env.api.call('POST', '/api/v1/apply', { body: { documents, approve: true } });
    expect(applied.statusCode).toBe(200);
    await insertEvents(
      env.store.sql,
      EVENTS.map(([customer, event, time]) => ({
        customer,
        event,
        time: Date.parse(time),
        stage: EXAMPLE_STAGES[event] ?? null,
        channel: null,
        segment: null,
        region: null,
        value: null,
      }))
    );
  });

  /** The KPI's value and sample over one month (one bucket as wide as the month). */
  async function month(kpi: string, from: string, to: string, interval: string) {
    const body = { from, to, queries: [{ refId: 'K', queryType: 'kpi', kpi, interval }] };
    const res = await env.api.call('POST', '/api/v1/query', { as: 'viewer', body });
    expect(res.statusCode).toBe(200);
    const result = res.json<{ results: { K: { frames?: Frame[]; error?: string } } }>().results.K;
    expect(result.error).toBeUndefined();
    const frame = result.frames?.[0];
    const col = (name: string) => frame?.data.values[frame.schema.fields.findIndex((f) => f.name === name)] ?? [];
    return [col(kpi)[0], col('sample')[0]];
  }

  /** October and November 2024: [value, sample] of each. */
  const months = async (kpi: string) => ({
    october: await month(kpi, '2024-10-01T00:00:00Z', '2024-11-01T00:00:00Z', '31d'),
    november: await month(kpi, '2024-11-01T00:00:00Z', '2024-12-01T00:00:00Z', '30d'),
  });

  it('awareness to evaluation: a visitor counts once, in the month of the visit that converts best', async () => {
    // November: v-a (signed up a day later), v-b (never), v-c (demo after 35 days), v-d (visit on the 20th, sign-up
    // the next day) → 2 of 4. October: v-d's visit of the 25th, signed up 27 days later → 1 of 1.
    expect(await months('customer.awareness-conversion')).toEqual({ october: [1, 1], november: [0.5, 4] });
  });

  it('evaluation to purchase: a later evaluation may be the one that lets the purchase count', async () => {
    // November evaluations: e-a (bought after 25 days), e-b (after 35), e-c (36 days after its sign-up but 28 after
    // its demo request: converts), v-a and v-d (never bought) → 2 of 5; none in October
    expect(await months('customer.evaluation-conversion')).toEqual({ october: [null, 0], november: [0.4, 5] });
  });

  it('purchase to onboarding: within 30 days of the purchase, never above 100%', async () => {
    // November purchases: o-a (onboarded after 7 days), o-b (after 40), o-c (never), e-a (never) → 1 of 4;
    // October: o-d, onboarded in November after 5 days → 1 of 1
    expect(await months('process.onboarding-completion')).toEqual({ october: [1, 1], november: [0.25, 4] });
  });
});
