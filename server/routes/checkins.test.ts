import { type KpiDocument, type SourceDocument } from '../../core/schema';
import { useApiOn } from '../test-support/api';
import { kpiDoc } from '../test-support/documents';
import { STORE_PLACES } from '../test-support/places';

const source: SourceDocument = {
  apiVersion: 'scorecard/v1',
  kind: 'Source',
  metadata: { id: 'own-events' },
  spec: { name: 'Own events', engine: 'duckdb', table: 'events' },
};
const measured = (id: string): KpiDocument =>
  kpiDoc(id, { calculation: { measure: { source: 'own-events', aggregate: 'count', filter: { event: 'login' } } } });

describe.each(STORE_PLACES)('check-ins API on %s', (_kind, newPlace) => {
  const env = useApiOn(newPlace);

  beforeAll(async () => {
    const documents = [source, kpiDoc('m.training'), measured('m.logins'), kpiDoc('m.later')];
    const applied = await env.api.call('POST', '/api/v1/apply', { body: { documents, approve: true } });
    expect(applied.statusCode).toBe(200);
  });

  it('adds values of a manual KPI with the actor as author and now as default time', async () => {
    const before = Date.now();
    const res = await env.api.call('POST', '/api/v1/kpis/m.training/values', {
      as: 'editor',
      user: 'ann',
      body: { values: [{ time: '2025-03-31', value: 38.5, note: 'Q1 from the LMS' }, { value: 41 }] },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ inserted: 2 });
    const list = await env.api.call('GET', '/api/v1/kpis/m.training/values', { as: 'viewer' });
    const [first, second] = list.json().values;
    expect(first).toEqual({
      kpi: 'm.training',
      time: '2025-03-31T00:00:00.000Z',
      value: 38.5,
      note: 'Q1 from the LMS',
      author: 'ann',
    });
    expect(second).toMatchObject({ value: 41, note: '', author: 'ann' });
    expect(Date.parse(second.time)).toBeGreaterThanOrEqual(before - 1);
    const q1 = await env.api.call('GET', '/api/v1/kpis/m.training/values?from=2025-01-01&to=2025-04-01', {
      as: 'viewer',
    });
    expect(q1.json().values).toHaveLength(1);
  });

  it('refuses computed KPIs, saying which calculation they have, and unknown KPIs with 404', async () => {
    const measure = await env.api.call('POST', '/api/v1/kpis/m.logins/values', {
      as: 'editor',
      body: { values: [{ value: 1 }] },
    });
    expect(measure.statusCode).toBe(400);
    expect(measure.json().error.message).toBe(
      'KPI m.logins is calculated by measure, not manual: only manual KPIs take check-ins (its values come from the measure)'
    );
    const unknown = await env.api.call('POST', '/api/v1/kpis/m.nope/values', {
      as: 'editor',
      body: { values: [{ value: 1 }] },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('goes by the version in force: a proposed change to a measure does not stop check-ins yet', async () => {
    const put = await env.api.call('PUT', '/api/v1/kpis/m.later', { as: 'editor', body: measured('m.later') });
    expect(put.statusCode).toBe(201);
    const res = await env.api.call('POST', '/api/v1/kpis/m.later/values', {
      as: 'editor',
      body: { values: [{ value: 3 }] },
    });
    expect(res.statusCode).toBe(201);
  });

  it('validates every value and inserts none when one is wrong', async () => {
    const badTime = await env.api.call('POST', '/api/v1/kpis/m.training/values', {
      as: 'editor',
      body: { values: [{ value: 1 }, { time: 'last week', value: 2 }] },
    });
    expect(badTime.statusCode).toBe(400);
    expect(badTime.json().error).toEqual({
      code: 'invalid',
      message: 'body.values[1]: time: expected ISO-8601 or epoch milliseconds, got "last week"',
      path: 'body.values[1].time',
    });
    const noValue = await env.api.call('POST', '/api/v1/kpis/m.training/values', {
      as: 'editor',
      body: { values: [{ note: 'x' }] },
    });
    expect(noValue.statusCode).toBe(400);
    const list = await env.api.call('GET', '/api/v1/kpis/m.training/values', { as: 'viewer' });
    expect(list.json().values).toHaveLength(2);
  });

  it('validates without inserting on dryRun', async () => {
    const body = { values: [{ value: 1 }, { value: 2 }] };
    const dry = await env.api.call('POST', '/api/v1/kpis/m.training/values?dryRun=true', { as: 'editor', body });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toEqual({ dryRun: true, inserted: 0, valid: 2 });
    const computed = await env.api.call('POST', '/api/v1/kpis/m.logins/values?dryRun=true', { as: 'editor', body });
    expect(computed.statusCode).toBe(400);
    const list = await env.api.call('GET', '/api/v1/kpis/m.training/values', { as: 'viewer' });
    expect(list.json().values).toHaveLength(2);
  });

  it('needs an editor to write and a viewer to read', async () => {
    const body = { values: [{ value: 1 }] };
    expect((await env.api.call('POST', '/api/v1/kpis/m.training/values', { as: 'viewer', body })).statusCode).toBe(403);
    expect((await env.api.call('GET', '/api/v1/kpis/m.training/values', { as: 'none' })).statusCode).toBe(401);
  });
});
