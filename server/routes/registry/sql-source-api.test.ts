import { kpiDoc } from '../../test-support/documents';
import { useApiOn } from '../../test-support/api';
import { duckDbPlace } from '../../test-support/places';
import { sourceDoc } from '../../values/measure/test-events';

const sqlKpi = (id: string, query: string) => kpiDoc(id, { calculation: { sql: { query } } });

describe('sql templates and Source connections over HTTP', () => {
  const env = useApiOn(duckDbPlace);

  it('refuses on PUT a template that writes inside WITH or reads a host file, naming the query', async () => {
    const deleting = sqlKpi('s.delete', 'WITH d AS (DELETE FROM events RETURNING time) SELECT time, 1 AS value FROM d');
    const put = await env.api.call('PUT', '/api/v1/kpis/s.delete', { as: 'admin', body: deleting });
    expect(put.statusCode).toBe(400);
    expect(put.json().error).toEqual({
      code: 'invalid',
      message:
        'invalid reference: body.spec.calculation.sql.query: the SQL must only read: DELETE is not allowed in a KPI query',
      path: 'body.spec.calculation.sql.query',
    });
    const passwd = sqlKpi(
      's.passwd',
      "SELECT now() AS time, 1 AS value, content AS breakdown FROM read_text('/etc/passwd')"
    );
    const read = await env.api.call('PUT', '/api/v1/kpis/s.passwd', { as: 'admin', body: passwd });
    expect(read.statusCode).toBe(400);
    expect(read.json().error.message).toContain('the SQL may not call read_text()');
    expect((await env.api.call('GET', '/api/v1/kpis/s.passwd', { as: 'admin' })).statusCode).toBe(404);
  });

  it('refuses such a template in a planned or applied bundle', async () => {
    const body = {
      documents: [sqlKpi('s.glob', "SELECT now() AS time, 1 AS value, file AS breakdown FROM glob('/*')")],
    };
    const plan = await env.api.call('POST', '/api/v1/apply?dryRun=true', { as: 'admin', body });
    expect(plan.statusCode).toBe(400);
    expect(plan.json().error.path).toBe('body.documents[0].spec.calculation.sql.query');
    expect((await env.api.call('POST', '/api/v1/apply', { as: 'admin', body })).statusCode).toBe(400);
  });

  it('lets only an admin write a Source with a path', async () => {
    const doc = sourceDoc('s.file', { connection: { path: '/srv/sources/crm.duckdb' } });
    const editor = await env.api.call('PUT', '/api/v1/sources/s.file', { as: 'editor', body: doc });
    expect(editor.statusCode).toBe(403);
    expect(editor.json().error.message).toContain('writing the connection of Source s.file needs the admin role');
    expect((await env.api.call('PUT', '/api/v1/sources/s.file', { as: 'admin', body: doc })).statusCode).toBe(201);
  });
});
