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
    ['1969-07-20T20:17:00Z', Date.UTC(1969, 6, 20, 20, 17)],
    [1741342272345, 1741342272345],
  ])('reads %j', (input, ms) => {
    expect(timeOrReason(input)).toBe(ms);
  });

  it.each([
    ['yesterday', 'expected ISO-8601 or epoch milliseconds, got "yesterday"'],
    ['2025-02-30', 'expected ISO-8601 or epoch milliseconds, got "2025-02-30"'],
    ['March 7, 2025', 'expected ISO-8601 or epoch milliseconds'],
    [1741342272, 'epoch seconds? multiply by 1000'],
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
  ])('refuses %j naming the line and field', (record, message) => {
    expect(() => parseEventRecord(record, 'line 3')).toThrow(message);
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
