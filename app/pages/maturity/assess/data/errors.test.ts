import { KpiServerError } from '../../../../api/kpiServer';
import { explainSaveError } from './errors';

describe('explainSaveError', () => {
  it('explains what the server answered', () => {
    expect(explainSaveError(new KpiServerError('cycle x was released and is locked', 409, 'conflict'))).toBe(
      'the cycle changed (409): cycle x was released and is locked.'
    );
    expect(explainSaveError(new KpiServerError('a: needs a note', 400, 'invalid'))).toBe(
      'the KPI server refused the answers: a: needs a note.'
    );
    expect(explainSaveError(new KpiServerError('Bad Gateway', 502, '502'))).toBe('Bad Gateway (502).');
  });

  it('says an unreachable server keeps the answers here', () => {
    expect(explainSaveError(new KpiServerError('timeout', 0, 'network'))).toBe(
      'could not reach the KPI server through Grafana (timeout). Your answers are kept here; retry when connected.'
    );
  });
});
