import {
  asOfProblem,
  definitionKind,
  definitionOf,
  intervalProblem,
  parseVersion,
  withFilterValues,
  withOptional,
} from './editorModel';

const now = () => new Date('2026-06-30T12:34:56Z');

describe('definition modes in the editor', () => {
  it('names the kind of each mode, effective when none is set', () => {
    expect(
      [undefined, 'effective', 'current', { version: 2 }, { asOf: 'x' }].map((d) => definitionKind(d as never))
    ).toEqual(['effective', 'effective', 'current', 'version', 'asOf']);
  });

  it('switches kinds keeping a chosen version or time, starting new ones at version 1 and today', () => {
    expect(definitionOf('effective', 'current')).toBeUndefined();
    expect(definitionOf('version', { version: 4 }, now)).toEqual({ version: 4 });
    expect(definitionOf('version', 'current', now)).toEqual({ version: 1 });
    expect(definitionOf('asOf', undefined, now)).toEqual({ asOf: '2026-06-30T00:00:00Z' });
    expect(definitionOf('asOf', { asOf: '$t' }, now)).toEqual({ asOf: '$t' });
  });

  it('checks versions, as-of times and intervals as the server will', () => {
    expect(parseVersion(' 3 ')).toEqual({ version: 3 });
    expect(parseVersion('0')).toEqual({ error: 'A version is a whole number from 1' });
    expect(parseVersion('2.5')).toHaveProperty('error');
    expect(asOfProblem('2026-01-31T00:00:00Z')).toBeUndefined();
    expect(asOfProblem('${asof}')).toBeUndefined();
    expect(asOfProblem('last tuesday')).toBe('"last tuesday" is not an ISO-8601 time');
    expect(asOfProblem(' ')).toMatch(/Enter a time/);
    expect(['', '1d', '12h', '$__interval'].map(intervalProblem)).toEqual([undefined, undefined, undefined, undefined]);
    expect(intervalProblem('1 day')).toMatch(/one unit of s, m, h, d or w/);
    expect(intervalProblem('500ms')).toBeDefined();
  });
});

describe('withFilterValues', () => {
  it('sets one column and drops empty columns and an empty filter', () => {
    expect(withFilterValues(undefined, 'segment', ['smb'])).toEqual({ segment: ['smb'] });
    expect(withFilterValues({ segment: ['smb'] }, 'region', ['emea'])).toEqual({ segment: ['smb'], region: ['emea'] });
    expect(withFilterValues({ segment: ['smb'], region: ['emea'] }, 'segment', [])).toEqual({ region: ['emea'] });
    expect(withFilterValues({ segment: ['smb'] }, 'segment', [])).toBeUndefined();
  });
});

describe('withOptional', () => {
  it('sets a field, or leaves it out when the value is empty', () => {
    const query = { refId: 'A', kpi: 'x', alias: 'old' };
    expect(withOptional(query, 'alias', 'new')).toEqual({ refId: 'A', kpi: 'x', alias: 'new' });
    expect(withOptional(query, 'alias', '')).toEqual({ refId: 'A', kpi: 'x' });
    expect(withOptional({ refId: 'A', kpis: ['a'] }, 'kpis', [])).toEqual({ refId: 'A' });
    expect(query).toEqual({ refId: 'A', kpi: 'x', alias: 'old' });
  });
});
