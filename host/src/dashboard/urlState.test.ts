import { dateTime } from '@grafana/data';
import {
  appIdOf,
  parseDashboardSearch,
  rawToUrl,
  toSearch,
  withTheme,
  withTimeRange,
  withTimezone,
  withVariable,
} from './urlState';

const params = (text: string) => new URLSearchParams(text);

describe('parseDashboardSearch', () => {
  test('range, time zone and repeated var- values, other parameters ignored', () => {
    expect(
      parseDashboardSearch(params('?from=now-30d&to=now&timezone=utc&var-region=emea&var-region=na&theme=light'))
    ).toEqual({
      timeRange: { from: 'now-30d', to: 'now' },
      timezone: 'utc',
      variables: { region: ['emea', 'na'] },
    });
  });

  test('epoch milliseconds become ISO times; a range needs both ends', () => {
    // 1767225600000 ms = 20454 days * 86 400 000 ms = 2026-01-01T00:00:00Z.
    expect(parseDashboardSearch(params('from=1767225600000&to=now')).timeRange).toEqual({
      from: '2026-01-01T00:00:00.000Z',
      to: 'now',
    });
    expect(parseDashboardSearch(params('from=now-1h')).timeRange).toBeUndefined();
  });

  test('All and empty values are kept as written; a bare "var-" is not a variable', () => {
    expect(parseDashboardSearch(params('var-sub=%24__all&var-team=&var-=x')).variables).toEqual({
      sub: ['$__all'],
      team: [''],
    });
  });
});

describe('rawToUrl', () => {
  test('date math stays text, absolute times are epoch milliseconds', () => {
    expect(rawToUrl({ from: 'now-30d', to: 'now' })).toEqual({ from: 'now-30d', to: 'now' });
    const from = dateTime('2026-01-01T00:00:00.000Z');
    const to = dateTime('2026-01-02T00:00:00.000Z');
    // 2026-01-02 is one day (86 400 000 ms) after 1767225600000.
    expect(rawToUrl({ from, to })).toEqual({ from: '1767225600000', to: '1767312000000' });
  });
});

describe('URL updates keep everything else', () => {
  const start = params('theme=light&from=now-90d&to=now&var-region=emea&var-sub=a&var-sub=b&var-env=prod');

  test('withTimeRange replaces from and to only', () => {
    expect(toSearch(withTimeRange(start, { from: 'now-30d', to: 'now' }))).toBe(
      '?theme=light&from=now-30d&to=now&var-region=emea&var-sub=a&var-sub=b&var-env=prod'
    );
  });

  test('withVariable replaces the values and drops the dependents', () => {
    expect(toSearch(withVariable(start, 'region', ['emea', 'na'], ['sub']))).toBe(
      '?theme=light&from=now-90d&to=now&var-env=prod&var-region=emea&var-region=na'
    );
  });

  test('withTheme and withTimezone set one parameter', () => {
    expect(toSearch(withTheme(start, 'dark'))).toBe(
      '?theme=dark&from=now-90d&to=now&var-region=emea&var-sub=a&var-sub=b&var-env=prod'
    );
    expect(withTimezone(params('from=now-1h&to=now'), 'Europe/Paris').get('timezone')).toBe('Europe/Paris');
  });
});

describe('toSearch', () => {
  test("Grafana's escaping: $, :, comma and @ readable, space %20, & and = escaped; empty gives ''", () => {
    expect(toSearch(params('var-sub=$__all&var-q=a b,c:d@e&var-x=1%262%3D3'))).toBe(
      '?var-sub=$__all&var-q=a%20b,c:d@e&var-x=1%262%3D3'
    );
    expect(toSearch(params(''))).toBe('');
  });
});

describe('appIdOf', () => {
  test('the segment after /a/, with or without a page; none for other paths', () => {
    expect(appIdOf('/a/scorecard-suite-app/catalog/x')).toBe('scorecard-suite-app');
    expect(appIdOf('/a/other-app')).toBe('other-app');
    expect(appIdOf('/d/uid')).toBeUndefined();
    expect(appIdOf('/a/')).toBeUndefined();
  });
});
