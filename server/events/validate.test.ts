import { parseNdjsonEvents } from './ndjson';
import { EventInputError, parseEventRecord, timeOrReason, valueOrReason } from './validate';

describe('timeOrReason', () => {
  it.each([
    ['2025-03-07T10:11:12.345Z', Date.UTC(2025, 2, 7, 10, 11, 12, 345)],
    ['2025-03-07T10:11:12', Date.UTC(2025, 2, 7, 10, 11, 12)],
    ['2025-03-07 10:11', Date.UTC(2025, 2, 7, 10, 11)],
    ['2025-03-07', Date.UTC(2025, 2, 7)],
    ['2025-03-07T10:11:12+0100', Date.UTC(2025, 2, 7, 9, 11, 12)],
    ['2025-03-07T10:11:12-05', Date.UTC(2025, 2, 7, 15, 11, 12)],
    ['1741342272345', 1741342272345],
    ['1971-01-01', Date.UTC(1971, 0, 1)],
    ['2099-12-31T23:59:59.999Z', Date.UTC(2100, 0, 1) - 1],
    [1741342272345, 1741342272345],
  ])('reads %j', (input, ms) => {
    expect(timeOrReason(input)).toBe(ms);
  });

  it.each([
    ['yesterday', 'expected ISO-8601 or epoch milliseconds, got "yesterday"'],
    ['2025-02-30', 'expected ISO-8601 or epoch milliseconds, got "2025-02-30"'],
    ['March 7, 2025', 'expected ISO-8601 or epoch milliseconds'],
    [1741342272, 'looks like epoch seconds, send milliseconds (multiply by 1000)'],
    ['1741342272', 'looks like epoch seconds'],
    ['0x10', 'expected ISO-8601 or epoch milliseconds, got "0x10"'],
  ])('refuses %j', (input, reason) => {
    expect(timeOrReason(input)).toEqual(expect.stringContaining(reason));
  });

  // one floor and one ceiling, whether the time comes as a number or as ISO-8601
  it.each([
    ['0000-01-01', '(got 0000-01-01T00:00:00.000Z)'],
    ['1969-07-20T20:17:00Z', '(got 1969-07-20T20:17:00.000Z)'],
    ['1970-12-31T23:59:59.999Z', '(got 1970-12-31T23:59:59.999Z)'],
    [Date.UTC(1970, 11, 31), '(got 1970-12-31T00:00:00.000Z)'],
    [0, '(got 1970-01-01T00:00:00.000Z)'],
    [-5, '(got 1969-12-31T23:59:59.995Z)'],
    ['2100-01-01', '(got 2100-01-01T00:00:00.000Z)'],
    [Date.UTC(2100, 0, 1), '(got 2100-01-01T00:00:00.000Z)'],
    ['9999-12-31', '(got 9999-12-31T00:00:00.000Z)'],
    [1e300, 'UTC'],
  ])('refuses %j as out of range', (input, got) => {
    expect(timeOrReason(input)).toBe(
      `must be from 1971-01-01 up to (not including) 2100-01-01 UTC${got === 'UTC' ? '' : ` ${got}`}`
    );
  });

  it.each([
    [undefined, 'is required'],
    ['  ', 'is required'],
    [true, 'must be a string or number, got true'],
  ])('refuses %j', (input, reason) => {
    expect(timeOrReason(input)).toEqual(expect.stringContaining(reason));
  });
});

describe('valueOrReason', () => {
  it('takes numbers and numeric strings, and empty as null', () => {
    expect([valueOrReason(3.5), valueOrReason(' 7 '), valueOrReason(''), valueOrReason(null)]).toEqual([
      3.5,
      7,
      null,
      null,
    ]);
    expect(valueOrReason('many')).toBe('must be a number or empty, got "many"');
    expect(valueOrReason(Number.NaN)).toContain('must be a number');
  });

  it.each([
    ['-12.50', -12.5],
    ['+3', 3],
    ['1e-05', 0.00001],
    ['2.5E3', 2500],
    ['0.0e5', 0],
  ])('reads the decimal %j', (text, n) => {
    expect(valueOrReason(text)).toBe(n);
  });

  it.each(['0x10', '0b11', '0o7', 'Infinity', '-Infinity', 'NaN', '1_000', '1,5', '.5', '5.', '1e400', '1e', '١٢'])(
    'refuses %j, which is not plain decimal text',
    (text) => {
      expect(valueOrReason(text)).toBe(`must be a number or empty, got ${JSON.stringify(text)}`);
    }
  );

  it('refuses an exponent that underflows to 0 and non-finite numbers', () => {
    expect(valueOrReason('1e-999')).toBe('is too small, got "1e-999"');
    expect(valueOrReason(Number.POSITIVE_INFINITY)).toBe('must be a number or empty, got Infinity');
  });
});

describe('parseEventRecord', () => {
  it('fills the missing optional columns with null and trims text', () => {
    expect(parseEventRecord({ time: '2025-01-01', event: ' login ', customer: 42, segment: '' }, 'line 1')).toEqual({
      time: Date.UTC(2025, 0, 1),
      customer: '42',
      event: 'login',
      stage: null,
      channel: null,
      segment: null,
      region: null,
      value: null,
    });
  });

  it.each([
    [{ time: '2025-01-01' }, 'line 3: event: is required and must not be empty'],
    [{ time: 'soon', event: 'x' }, 'line 3: time: expected ISO-8601'],
    [{ time: '2025-01-01', event: 'x', value: 'lots' }, 'line 3: value: must be a number or empty, got "lots"'],
    [{ time: '2025-01-01', event: 'x', evnt: 'y' }, 'line 3: evnt: is not an event column'],
    [{ time: '2025-01-01', event: 'x', region: { a: 1 } }, 'line 3: region: must be a string'],
    [{ time: '2025-01-01', event: 'x', customer: 'a\u001fb' }, 'line 3: customer: must not contain control characters'],
    [{ time: '2025-01-01', event: 'x', value: '0x10' }, 'line 3: value: must be a number or empty, got "0x10"'],
    [{ time: '0000-01-01', event: 'x' }, 'line 3: time: must be from 1971-01-01'],
  ])('refuses %j naming the line and field', (record, message) => {
    expect(() => parseEventRecord(record, 'line 3')).toThrow(message);
  });

  // look-alike dimension values: "s\u200bmb" shows as "smb" but would be a segment of its own
  it.each([
    ['segment', 's\u200bmb', 'U+200B at 2'],
    ['segment', 'smb\u00ad', 'U+00AD at 4'],
    ['region', '\u202eaeme', 'U+202E at 1'],
    ['channel', 'web\u2066x\u2069', 'U+2066 at 4'],
    ['customer', 'c\u200d1', 'U+200D at 2'],
    ['event', 'log\u2060in', 'U+2060 at 4'],
    ['stage', 'ret\u{E0041}ention', 'U+E0041 at 4'],
    ['segment', '\u{1F600}\u200emid', 'U+200E at 2'],
    ['region', 'em\u0085ea', 'U+0085 at 3'],
    ['customer', 'a\u2028b', 'U+2028 at 2'],
  ])('refuses %s %j with an invisible or bidi-control character', (column, text, char) => {
    expect(() => parseEventRecord({ time: '2025-01-01', event: 'x', [column]: text }, 'row 9')).toThrow(
      `row 9: ${column}: must not contain invisible or bidi-control characters, got ${char}`
    );
  });

  it('keeps visible non-ASCII text', () => {
    const row = parseEventRecord({ time: '2025-01-01', event: 'x', region: 'Zürich 東京 \u{1F600}' }, 'line 1');
    expect(row.region).toBe('Zürich 東京 \u{1F600}');
  });
});

describe('parseNdjsonEvents', () => {
  it('skips blank lines and counts lines from 1', () => {
    const text = '{"time": 1741342272345, "event": "a"}\n\n{"time": "2025-03-07", "event": "b", "value": 2}\n';
    expect(parseNdjsonEvents(text).map((r) => [r.event, r.value])).toEqual([
      ['a', null],
      ['b', 2],
    ]);
  });

  it('names the first bad line', () => {
    const text = '{"time": 1741342272345, "event": "a"}\n[1, 2]\n{"event": ""}\n';
    expect(() => parseNdjsonEvents(text)).toThrow(
      new EventInputError('line 2', 'json', 'each line must be one JSON object')
    );
    expect(() => parseNdjsonEvents('{"time": 1741342272345, "event": "a"}\n{oops\n')).toThrow(/^line 2: json: /);
  });
});
