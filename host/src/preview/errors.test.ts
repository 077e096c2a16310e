import { asError, errorText, isNotFound } from './errors';

describe('load errors', () => {
  const notFound = { status: 404, statusText: 'Not Found', data: { message: 'Dashboard not found' } };

  test('a fetch error with status 404 is "not found"; others and Errors are not', () => {
    expect(isNotFound(notFound)).toBe(true);
    expect(isNotFound({ ...notFound, status: 500 })).toBe(false);
    expect(isNotFound(new Error('404'))).toBe(false);
    expect(isNotFound(undefined)).toBe(false);
  });

  test('the message of an Error, a fetch error (with its status) or its response, never "[object Object]"', () => {
    expect(errorText(new Error('boom'))).toBe('boom');
    expect(errorText(notFound)).toBe('Dashboard not found (HTTP 404)');
    expect(errorText({ message: 'plain' })).toBe('plain');
    expect(errorText({ code: 7 })).toBe('{"code":7}');
    expect(errorText('text')).toBe('text');
    expect(asError(notFound).message).toBe('Dashboard not found (HTTP 404)');
  });
});
