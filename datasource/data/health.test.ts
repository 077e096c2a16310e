import { healthToTestResult } from './health';

const health = { status: 'ok', version: '1.2.3', store: { kind: 'duckdb' } };

describe('healthToTestResult', () => {
  it('succeeds with version, store and role when the token reached the server', () => {
    expect(healthToTestResult({ ...health, role: 'viewer' })).toEqual({
      status: 'success',
      message: 'Connected to KPI server 1.2.3 (store: duckdb) with role viewer',
    });
  });

  it('fails when no token reached the server, which then answers only its status', () => {
    expect(healthToTestResult({ status: 'ok' })).toEqual({
      status: 'error',
      message: 'KPI server answered, but no API token reached it: set the API token',
    });
  });

  it('fails when the server reports another status', () => {
    expect(healthToTestResult({ ...health, status: 'degraded', role: 'admin' }).message).toMatch(/"degraded"/);
  });
});
