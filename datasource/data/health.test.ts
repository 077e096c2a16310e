import { describeFetchError, healthToTestResult } from './health';

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

describe('describeFetchError', () => {
  it('uses the server error message and explains 401 and gateway errors', () => {
    const data = { error: { code: 'unauthorized', message: 'unknown token' } };
    expect(describeFetchError({ status: 401, data })).toBe(
      'The KPI server rejected the API token (401): unknown token'
    );
    expect(describeFetchError({ status: 502, statusText: 'Bad Gateway' })).toMatch(
      /could not reach the KPI server \(502\)/
    );
    expect(describeFetchError({ status: 409, data: { error: { message: 'stale version 3' } } })).toBe(
      'KPI server error 409: stale version 3'
    );
  });

  it('falls back to the message of a plain error or the value itself', () => {
    expect(describeFetchError(new Error('offline'))).toBe('offline');
    expect(describeFetchError('boom')).toBe('boom');
  });
});
