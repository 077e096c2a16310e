import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, CRLF and newlines inside quotes, with the line each record starts on', () => {
    const text = 'kpi,value,note\r\na.b,1,"says ""hi"", twice"\r\n\r\nc.d,2,"two\nlines"\ne.f,3,\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['kpi', 'value', 'note'] },
      { line: 2, fields: ['a.b', '1', 'says "hi", twice'] },
      { line: 4, fields: ['c.d', '2', 'two\nlines'] },
      { line: 6, fields: ['e.f', '3', ''] },
    ]);
  });

  it('reads a last line without a newline and refuses an open quote', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
    expect(() => parseCsv('a\n"open\n')).toThrow('line 2: a quoted field is not closed');
  });
});
