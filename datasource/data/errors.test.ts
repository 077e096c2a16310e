import { describeFetchError, describeStatus, statusOf } from './errors';

describe('describeStatus', () => {
  it.each([
    [400, 'Invalid query (400): kpi: unknown KPI "x"'],
    [
      401,
      'The KPI server rejected the API token (401): kpi: unknown KPI "x". Check the token in the datasource settings',
    ],
    [403, 'The datasource\'s API token may not do this (403): kpi: unknown KPI "x"'],
    [404, 'Not found (404): kpi: unknown KPI "x"'],
    [409, 'Conflict (409): kpi: unknown KPI "x"'],
    [423, 'Frozen (423): kpi: unknown KPI "x"'],
    [500, 'The KPI server failed (500): kpi: unknown KPI "x"'],
    [503, 'The KPI server is busy or the query ran out of time (503): kpi: unknown KPI "x"'],
    [418, 'KPI server error 418: kpi: unknown KPI "x"'],
  ])('says what a %i means and keeps the server message', (status, expected) => {
    expect(describeStatus(status, 'kpi: unknown KPI "x"')).toBe(expected);
  });

  it('points at the server URL when Grafana cannot reach the server', () => {
    expect(describeStatus(502, 'dial tcp: connection refused')).toBe(
      'Grafana could not reach the KPI server (502): check the server URL in the datasource settings. dial tcp: connection refused'
    );
  });
});

describe('describeFetchError', () => {
  it('uses the server error message and where it points', () => {
    const data = { error: { code: 'invalid', message: 'to must be after from', path: 'body.to' } };
    expect(describeFetchError({ status: 400, data })).toBe('Invalid query (400): to must be after from (at body.to)');
  });

  it('falls back to Grafana proxy messages, plain errors and other values', () => {
    expect(describeFetchError({ status: 502, data: { message: 'Bad Gateway' } })).toMatch(
      /could not reach.*Bad Gateway/
    );
    expect(describeFetchError(new Error('offline'))).toBe('offline');
    expect(describeFetchError('boom')).toBe('boom');
  });

  it('reads the status of failed requests only', () => {
    expect(statusOf({ status: 423 })).toBe(423);
    expect(statusOf(new Error('x'))).toBeUndefined();
  });
});
