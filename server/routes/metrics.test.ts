import { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { saveEscalation, unresolvedEscalations } from '../escalation/repo';
import { openEscalation, parseExposition, samplesOf, seedMetrics } from '../metrics/testing';
import { createRegistry } from '../registry';
import { type Store } from '../store/store';
import { type StorePlace } from '../store/store-contract';
import { testTokens, VIEWER_TOKEN } from '../test-support/fixtures';
import { STORE_PLACES } from '../test-support/places';
import { createValues, type Values } from '../values/create-values';
import { metricsRoutes } from './metrics';

const ZONE = 'Europe/Berlin';
const NOW = Date.parse('2026-11-20T10:00:00Z');

describe.each(STORE_PLACES)('GET /metrics on %s', (_kind, newPlace) => {
  let place: StorePlace;
  let store: Store;
  let values: Values;
  let app: FastifyInstance;
  let failing = false;

  beforeAll(async () => {
    place = await newPlace();
    store = await place.open();
    await store.migrate();
    const registry = await createRegistry(store, { timeZone: ZONE });
    values = createValues(store, registry, ZONE);
    await seedMetrics(registry, values.checkIns);
    const fields = { policy: 'p.critical', kpi: 'm.nps', owner: 'head-of-quality', level: 1 };
    await saveEscalation(store.sql, openEscalation('open-1', { ...fields, openedAt: NOW - 2_700_000 }));
    const resolved = openEscalation('done-1', { ...fields, kpi: 'm.lead', openedAt: NOW - 9_000_000 });
    await saveEscalation(store.sql, { ...resolved, resolvedAt: NOW - 60_000 });
    // without the registry buildApp serves only health, so this test can give the route its own clock and source
    app = buildApp({ store, tokens: testTokens(), logger: false });
    await app.register(metricsRoutes, {
      registry,
      engine: values.engine,
      timeZone: ZONE,
      now: () => NOW,
      unresolved: async () => {
        if (failing) {
          throw new Error('the escalations table is not there');
        }
        return unresolvedEscalations(store.sql);
      },
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await values.close();
    await store.close();
    await place.dispose();
  });

  const get = (url: string, authorization?: string) =>
    app.inject({ method: 'GET', url, headers: authorization === undefined ? {} : { authorization } });

  it('refuses a scrape without a token, with a bad one and through a query string', async () => {
    for (const res of [await get('/metrics'), await get('/metrics?x=1'), await get('/metrics', 'Bearer not-a-token')]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer realm="scorecard"');
      expect(res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });

  it('answers a viewer token with the 0.0.4 text format that parses line by line', async () => {
    const res = await get('/metrics', `Bearer ${VIEWER_TOKEN}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    const families = parseExposition(res.body);
    for (const [name, family] of families) {
      expect([name, family.type, family.help.length > 0]).toEqual([name, 'gauge', true]);
    }
    // October 2026 in Berlin: m.nps's latest check-in is 20, its red flag (score 10/3, critical)
    expect(samplesOf(families, 'scorecard_kpi_value', { kpi: 'm.nps' })).toEqual([
      {
        labels: {
          kpi: 'm.nps',
          objective: 'delight',
          period: 'month',
          perspective: 'customer',
          scorecard: 'm.card',
          unit: 'points',
        },
        value: 20,
      },
    ]);
    expect(samplesOf(families, 'scorecard_kpi_status', { status: 'critical' }).map((s) => s.labels.kpi)).toEqual([
      'm.nps',
    ]);
    // the stored escalations: open-1 opened 45 minutes ago; done-1 is resolved and not counted
    expect(samplesOf(families, 'scorecard_escalations_open')).toEqual([
      {
        labels: { acknowledged: 'false', kpi: 'm.nps', level: '1', owner: 'head-of-quality', policy: 'p.critical' },
        value: 1,
      },
    ]);
    expect(samplesOf(families, 'scorecard_escalation_open_seconds')).toEqual([
      { labels: { escalation: 'open-1', kpi: 'm.nps', policy: 'p.critical' }, value: 2700 },
    ]);
    const [duration] = samplesOf(families, 'scorecard_metrics_scrape_duration_seconds');
    expect(duration?.value).toBeGreaterThanOrEqual(0);
  });

  it('fails the scrape with a 500 when the metrics cannot be collected, rather than answer part of them', async () => {
    failing = true;
    try {
      const res = await get('/metrics', `Bearer ${VIEWER_TOKEN}`);
      expect(res.statusCode).toBe(500);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
    } finally {
      failing = false;
    }
  });
});
