import { evidenceKpis, smallModel } from '../maturity/testing';
import { useApiOn } from '../test-support/api';
import { STORE_PLACES } from '../test-support/places';

const cycles = '/api/v1/maturity/cycles';
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;

describe.each(STORE_PLACES)('maturity report route on %s', (_kind, newPlace) => {
  const env = useApiOn(newPlace);
  const get = (id: string, user?: string) =>
    env.api.call('GET', `${cycles}/${id}/report.pdf`, user === undefined ? { as: 'none' } : { as: 'viewer', user });

  beforeAll(async () => {
    const documents = [smallModel(), ...evidenceKpis()];
    expect((await env.api.call('POST', '/api/v1/apply', { body: { documents, approve: true } })).statusCode).toBe(200);
    const body = {
      id: 'north-2026',
      model: 'small',
      unit: 'north',
      year: 2026,
      asOf: '2026-06-30',
      assessors: ['alice'],
      lead: 'lee',
    };
    expect((await env.api.call('POST', cycles, { as: 'approver', user: 'pat', body })).statusCode).toBe(201);
  });

  it('answers the report as a PDF attachment named for unit and year', async () => {
    const res = await get('north-2026', 'lee');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="maturity-north-2026.pdf"');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(res.rawPayload)).toBeGreaterThan(0);
  });

  it('gives the same bytes twice while nothing changes', async () => {
    const [a, b] = [await get('north-2026', 'lee'), await get('north-2026', 'lee')];
    expect(a.rawPayload.equals(b.rawPayload)).toBe(true);
  });

  it('answers 404 with the JSON error for an unknown cycle, 401 without a token', async () => {
    const res = await get('nowhere-2026', 'lee');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'no maturity cycle nowhere-2026' } });
    expect((await get('north-2026')).statusCode).toBe(401);
  });
});
