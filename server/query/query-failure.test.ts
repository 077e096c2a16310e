import { HttpError } from '../http/http-error';
import { RegistryError } from '../registry/types';
import { ValueEngineError, ValueLimitError } from '../values/engine/errors';
import { QueryTimeoutError } from '../values/sources/timeout';
import { queryFailure } from './query-failure';
import { QueryError } from './types';

describe('queryFailure', () => {
  it.each([
    [new QueryError('x is not a KPI'), 400, 'x is not a KPI'],
    [new QueryError('gone', 404), 404, 'gone'],
    [new RegistryError('not_found', 'KPI k not found'), 404, 'KPI k not found'],
    [new RegistryError('frozen', 'frozen'), 423, 'frozen'],
    [new ValueEngineError('invalid-request', 'cannot break down'), 400, 'cannot break down'],
    [new ValueLimitError('time-budget', 'over budget'), 503, 'over budget'],
    [new HttpError(503, 'busy', 'too many queries'), 503, 'too many queries'],
    [
      new QueryTimeoutError('the SQL of KPI "s"', 10),
      503,
      'the SQL of KPI "s" was cancelled after 10 ms (statement timeout)',
    ],
    [new RangeError('with higher-is-better the red flag (9) must lie below the goal (1)'), 400, /red flag/],
  ])('keeps the status and message of a known error (%s)', (err, status, message) => {
    const result = queryFailure(err);
    expect(result).toEqual({ frames: [], status, error: expect.any(String) });
    expect(result.error).toMatch(message);
  });

  it.each([
    [new Error('boom'), 'the query failed: boom'],
    [new TypeError("Cannot read properties of undefined (reading 'x')"), /^the query failed: Cannot read/],
    [new RangeError('Maximum call stack size exceeded'), /^the query failed: Maximum call stack/],
    ['a thrown string', 'the query failed: a thrown string'],
    [null, 'the query failed: null'],
  ])('answers 500 with a message for anything else (%s)', (err, message) => {
    const result = queryFailure(err);
    expect(result).toEqual({ frames: [], status: 500, error: expect.any(String) });
    expect(result.error).toMatch(message);
  });

  it('does not pass on a connection string or a stack trace', () => {
    const err = new Error(
      'no route to postgres://kpi:s3cret@db:5432/x password=s3cret\n    at connect (pg/client.js:1:1)'
    );
    expect(queryFailure(err)).toEqual({
      frames: [],
      status: 500,
      error: 'the query failed: no route to <url> password=<redacted>',
    });
  });
});
