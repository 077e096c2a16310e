import { evaluateExpression, UnknownInputError } from './evaluate';
import { expressionInputs } from './inputs';
import { parseExpression } from './parse';

const run = (src: string, values: Record<string, number | null> = {}) =>
  evaluateExpression(parseExpression(src), values);

describe('evaluateExpression', () => {
  it('computes arithmetic with the usual precedence', () => {
    expect(run('100 * (p - d) / n', { p: 60, d: 15, n: 100 })).toEqual({ value: 45 });
    expect(run('2 + 3 * 4 - 6 / 3')).toEqual({ value: 12 });
    expect(run('8 ÷ 2 × 3 − 1')).toEqual({ value: 11 });
    expect(run('-a - -2', { a: 5 })).toEqual({ value: -3 });
  });

  it('computes min, max, abs', () => {
    expect(run('min(a, b, 3)', { a: 5, b: 4 })).toEqual({ value: 3 });
    expect(run('max(a, b, 3)', { a: 5, b: 4 })).toEqual({ value: 5 });
    expect(run('abs(a - b)', { a: 1, b: 4 })).toEqual({ value: 3 });
  });

  it('propagates a missing value with its reason', () => {
    expect(run('a + b * 2', { a: 1, b: null })).toEqual({ value: null, reason: 'no value for "b"' });
    expect(run('-a', { a: null })).toEqual({ value: null, reason: 'no value for "a"' });
    expect(run('max(a, 1)', { a: null })).toEqual({ value: null, reason: 'no value for "a"' });
    expect(run('abs(a)', { a: Number.NaN })).toEqual({ value: null, reason: '"a" is not a finite number' });
  });

  it('gives null for division by zero', () => {
    expect(run('a / b', { a: 1, b: 0 })).toEqual({ value: null, reason: 'division by zero' });
    expect(run('1 + a / (b - b)', { a: 1, b: 3 })).toEqual({ value: null, reason: 'division by zero' });
  });

  it('gives null when the result overflows', () => {
    expect(run('a * a', { a: 1e200 })).toEqual({ value: null, reason: 'result out of range' });
  });

  it('coalesce returns the first argument that has a value', () => {
    expect(run('coalesce(a, b, 0)', { a: null, b: 7 })).toEqual({ value: 7 });
    expect(run('coalesce(a / b, 0)', { a: 1, b: 0 })).toEqual({ value: 0 });
    expect(run('coalesce(a, b)', { a: null, b: null })).toEqual({
      value: null,
      reason: 'coalesce: no argument has a value',
    });
  });

  it('throws on names the values do not provide, even in branches coalesce would skip', () => {
    expect(() => run('coalesce(a, b)', { a: 1 })).toThrow(new UnknownInputError(['b'], ['a']));
    expect(() => run('a + b + c', {})).toThrow('unknown inputs "a", "b", "c" (inputs given: none)');
    expect(() => run('constructor + 1', {})).toThrow(UnknownInputError);
  });
});

describe('expressionInputs', () => {
  it('lists each name once in order of first use, not function names', () => {
    expect(expressionInputs(parseExpression('b + min(a, b) * coalesce(c, a, 1)'))).toEqual(['b', 'a', 'c']);
    expect(expressionInputs(parseExpression('1 + 2'))).toEqual([]);
  });
});
