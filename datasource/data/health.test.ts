import { healthToTestResult } from './health';

const health = { status: 'ok', version: '1.2.3', store: { kind: 'duckdb', location: 'data/s.duckdb' } };

describe('healthToTestResult', () => {
  it('succeeds with version, store and role when the token reached the server', () => {
    expect(healthToTestResult({ ...health, role: 'viewer' })).toEqual({
      status: 'success',
      message: 'Connected to KPI server 1.2.3 (store: duckdb) with role viewer',
    });
  });

  it('fails when no token reached the server', () => {
    const result = healthToTestResult(health);
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/no API token reached it/);
  });

  it('fails when the server reports another status', () => {
    expect(healthToTestResult({ ...health, status: 'degraded', role: 'admin' }).message).toMatch(/"degraded"/);
  });
});
