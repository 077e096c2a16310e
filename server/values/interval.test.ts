import { bucketStart, parseInterval } from './interval';

describe('parseInterval', () => {
  it.each([
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['1d', 86_400_000],
    ['1w', 604_800_000],
    ['15m', 900_000],
  ])('%s is %d ms', (text, ms) => {
    expect(parseInterval(text)).toBe(ms);
  });

  it.each(['', '0d', '1', 'd', '1.5h', '1y', '-1h', '1 h', '1H', '99999999999999w'])('rejects "%s"', (text) => {
    expect(() => parseInterval(text)).toThrow(`invalid interval "${text}"`);
  });
});

describe('bucketStart', () => {
  const at = (iso: string) => Date.parse(iso);

  it('floors to the hour and to midnight UTC', () => {
    expect(bucketStart(at('2024-03-05T10:59:59.999Z'), 3_600_000)).toBe(at('2024-03-05T10:00:00Z'));
    expect(bucketStart(at('2024-03-05T10:00:00Z'), 3_600_000)).toBe(at('2024-03-05T10:00:00Z'));
    expect(bucketStart(at('2024-03-05T23:30:00Z'), 86_400_000)).toBe(at('2024-03-05T00:00:00Z'));
  });

  it('aligns weeks to the epoch (a Thursday) and floors times before 1970 downwards', () => {
    expect(bucketStart(at('2024-03-05T12:00:00Z'), 604_800_000)).toBe(at('2024-02-29T00:00:00Z'));
    expect(bucketStart(-1, 86_400_000)).toBe(-86_400_000);
  });

  it('refuses a non-positive interval', () => {
    expect(() => bucketStart(0, 0)).toThrow('invalid bucket interval 0 ms');
  });
});
