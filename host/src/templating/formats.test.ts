import { formatValue, type FormatVariable } from './formats';

// The examples of Grafana's "Advanced variable format options" (variable-syntax docs): servers = [test1, test2].
const servers: FormatVariable = { name: 'servers', type: 'custom', multi: true, text: 'test1 + test2' };
const multi = ['test1', 'test2'];

describe('formatValue', () => {
  test.each([
    ['csv', 'test1,test2'],
    ['distributed', 'test1,servers=test2'],
    ['doublequote', '"test1","test2"'],
    ['glob', '{test1,test2}'],
    ['json', '["test1","test2"]'],
    ['lucene', '("test1" OR "test2")'],
    ['percentencode', '%7Btest1%2Ctest2%7D'],
    ['pipe', 'test1|test2'],
    ['raw', 'test1,test2'],
    ['regex', '(test1|test2)'],
    ['singlequote', "'test1','test2'"],
    ['sqlstring', "'test1','test2'"],
    ['text', 'test1 + test2'],
    ['queryparam', 'var-servers=test1&var-servers=test2'],
    ['join:;', 'test1;test2'],
  ])('%s formats a multi-value variable as %s', (format, expected) => {
    expect(formatValue(multi, format, servers)).toBe(expected);
  });

  test('glob is the default, and a single value stays as it is', () => {
    expect(formatValue(multi, undefined, servers)).toBe('{test1,test2}');
    expect(formatValue(['test1'], undefined, servers)).toBe('test1');
    expect(formatValue('test1', '', servers)).toBe('test1');
  });

  test('an unknown format falls back to glob, as Grafana does', () => {
    expect(formatValue(multi, 'nosuchformat', servers)).toBe('{test1,test2}');
  });

  test('escaping of single values', () => {
    const v: FormatVariable = { name: 'v', type: 'custom' };
    expect(formatValue('test.1', 'regex', v)).toBe('test\\.1');
    expect(formatValue(['test.1', 'test2'], 'regex', v)).toBe('(test\\.1|test2)');
    expect(formatValue("it's", 'singlequote', v)).toBe("'it\\'s'");
    expect(formatValue("it's", 'sqlstring', v)).toBe("'it''s'");
    expect(formatValue('say "hi"', 'doublequote', v)).toBe('"say \\"hi\\""');
    expect(formatValue('foo()bar BAZ', 'percentencode', v)).toBe('foo%28%29bar%20BAZ');
    expect(formatValue('a b', 'queryparam', v)).toBe('var-v=a%20b');
    expect(formatValue('a-b', 'lucene', v)).toBe('a\\-b');
    expect(formatValue('<b>', 'html', v)).toBe('&lt;b&gt;');
    expect(formatValue('x', 'json', v)).toBe('x');
  });

  test('date formats an epoch in ms as ISO, seconds or a moment pattern', () => {
    const v: FormatVariable = { name: '__from', type: 'system' };
    const ms = Date.UTC(2026, 0, 2, 3, 4, 5);
    expect(formatValue(ms, 'date', v)).toBe('2026-01-02T03:04:05.000Z');
    expect(formatValue(ms, 'date:seconds', v)).toBe(String(ms / 1000));
    expect(formatValue(ms, 'date:YYYY-MM-DD', v)).toBe('2026-01-02');
    expect(formatValue(ms, 'date:ms', v)).toBe(String(ms));
  });

  test('queryparam uses the URL state of a dashboard variable (All as $__all)', () => {
    const all: FormatVariable = { ...servers, urlValues: ['$__all'] };
    expect(formatValue(multi, 'queryparam', all)).toBe('var-servers=%24__all');
  });

  test('a format function gets the value (an array for multi), the variable and a default formatter', () => {
    const calls: unknown[][] = [];
    const result = formatValue(
      multi,
      (value: unknown, variable: FormatVariable, fallback: Function) => {
        calls.push([value, variable.name]);
        return `IN (${fallback(value, 'sqlstring')})`;
      },
      servers
    );
    expect(result).toBe("IN ('test1','test2')");
    expect(calls).toEqual([[multi, 'servers']]);
  });

  test('null and undefined become an empty string', () => {
    expect(formatValue(null, 'csv', servers)).toBe('');
    expect(formatValue(undefined, 'csv', servers)).toBe('');
  });
});
