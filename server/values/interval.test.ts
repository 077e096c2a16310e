import { parseInterval } from './interval';

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
