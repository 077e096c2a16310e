import { columnMapper } from '../sources/columns';
import { intervalGrid } from '../../../core/periods';
import { compileMeasure, type Measure } from './compile-measure';
import { at, DAY } from './test-events';

const source = {
  id: 'web',
  table: '"analytics"."web_events"',
  column: columnMapper('web', { time: 'ts', customer: 'visitor_id' }),
};
const range = { from: at('2024-01-01T00:00:00Z'), to: at('2024-01-08T00:00:00Z') };
const req = { range, grid: intervalGrid(range, DAY, 'UTC') };
const measure = (m: Partial<Measure>): Measure => ({ source: 'web', aggregate: 'count', ...m });

describe('compileMeasure', () => {
  it('puts every value in a parameter and only mapped, quoted identifiers in the SQL', () => {
    const hostile = "x'; DROP TABLE events; --";
    const { sql, params } = compileMeasure(
      measure({ aggregate: 'count_distinct', field: 'customer', filter: { event: hostile, channel: ['web', 'app'] } }),
      { ...req, breakdown: 'segment' },
      source,
      'duckdb'
    );
    expect(sql).not.toContain(hostile);
    expect(sql).not.toContain("'");
    expect(params).toEqual(['2024-01-01T00:00:00.000Z', '2024-01-08T00:00:00.000Z', hostile, 'web', 'app']);
    expect(sql).toContain('FROM "analytics"."web_events"');
    expect(sql).toContain('count(DISTINCT "visitor_id")');
    expect(sql).toContain('("ts" >= CAST($1 AS TIMESTAMPTZ)) AND ("ts" < CAST($2 AS TIMESTAMPTZ))');
    expect(sql).toContain('"channel" IN ($4, $5)');
    expect(sql).toContain('CAST("segment" AS TEXT) AS breakdown');
    expect(sql).toContain('GROUP BY 1, 2');
  });

  it('compares value numerically and other columns as text', () => {
    const { params } = compileMeasure(
      measure({ filter: { value: [1, '2', true], region: 5 } }),
      req,
      source,
      'postgres'
    );
    expect(params.slice(2)).toEqual([1, 2, 1, '5']);
    expect(() => compileMeasure(measure({ filter: { value: 'high' } }), req, source, 'postgres')).toThrow(
      'filter on "value" of source "web" needs numbers, got "high"'
    );
  });

  it('buckets per engine and uses exact quantiles', () => {
    const duck = compileMeasure(measure({ aggregate: 'p90', field: 'value' }), req, source, 'duckdb').sql;
    expect(duck).toContain(
      'CAST(1704067200000 + floor((epoch_ms("ts") - 1704067200000) / 86400000) * 86400000 AS BIGINT) AS bucket'
    );
    expect(duck).toContain('quantile_cont("value", 0.9)');
    const pg = compileMeasure(measure({ aggregate: 'median', field: 'value' }), req, source, 'postgres').sql;
    expect(pg).toContain(
      'CAST(1704067200000 + floor(((extract(epoch from "ts") * 1000) - 1704067200000) / 86400000) * 86400000 AS BIGINT) AS bucket'
    );
    expect(pg).toContain('percentile_cont(0.5) WITHIN GROUP (ORDER BY "value")');
  });

  it('reports one bucket at the range start when the interval spans the range', () => {
    const { sql } = compileMeasure(measure({}), { range, grid: intervalGrid(range, 7 * DAY, 'UTC') }, source, 'duckdb');
    expect(sql).toContain(
      'CAST(1704067200000 + floor((epoch_ms("ts") - 1704067200000) / 604800000) * 604800000 AS BIGINT) AS bucket'
    );
  });

  it('gives calendar months (uneven widths) one CASE branch per run of equal widths', () => {
    const year = { from: at('2024-01-01T00:00:00Z'), to: at('2024-04-01T00:00:00Z') };
    const months = {
      starts: [at('2024-01-01T00:00:00Z'), at('2024-02-01T00:00:00Z'), at('2024-03-01T00:00:00Z')],
      end: year.to,
    };
    const { sql } = compileMeasure(measure({}), { range: year, grid: months }, source, 'duckdb');
    // January (31 d), February (29 d in 2024), March (31 d)
    expect(sql).toContain(
      'CAST(CASE WHEN epoch_ms("ts") < 1706745600000 THEN 1704067200000 + floor((epoch_ms("ts") - 1704067200000) / 2678400000) * 2678400000 ' +
        'WHEN epoch_ms("ts") < 1709251200000 THEN 1706745600000 + floor((epoch_ms("ts") - 1706745600000) / 2505600000) * 2505600000 ' +
        'WHEN epoch_ms("ts") < 1711929600000 THEN 1709251200000 + floor((epoch_ms("ts") - 1709251200000) / 2678400000) * 2678400000 END AS BIGINT) AS bucket'
    );
  });

  it('counts ratio rows matching either side within the base filter', () => {
    const { sql } = compileMeasure(
      measure({
        aggregate: 'ratio',
        filter: { segment: 'smb' },
        numerator: { event: 'a' },
        denominator: { event: ['a', 'b'] },
      }),
      req,
      source,
      'postgres'
    );
    expect(sql).toContain('count(*) FILTER (WHERE ("event" = $3)) AS matched');
    expect(sql).toContain('count(*) FILTER (WHERE ("event" IN ($4, $5))) AS n');
    expect(sql).toContain('("segment" = $6) AND ((("event" = $3)) OR (("event" IN ($4, $5))))');
  });

  it('ANDs the request’s filter with the measure’s own, every value a parameter', () => {
    const { sql, params } = compileMeasure(
      measure({ filter: { event: 'signup', segment: 'smb' } }),
      { ...req, breakdown: 'channel', filter: { region: ['emea', 'na'], segment: ['enterprise'] } },
      source,
      'postgres'
    );
    expect(params).toEqual([
      '2024-01-01T00:00:00.000Z',
      '2024-01-08T00:00:00.000Z',
      'signup',
      'smb',
      'emea',
      'na',
      'enterprise',
    ]);
    expect(sql).toContain(
      'WHERE ("ts" >= CAST($1 AS TIMESTAMPTZ)) AND ("ts" < CAST($2 AS TIMESTAMPTZ)) AND ("event" = $3) AND ("segment" = $4) AND ("region" IN ($5, $6)) AND ("segment" = $7)\n'
    );
    expect(sql).toContain('CAST("channel" AS TEXT) AS breakdown');
  });

  it('refuses what it cannot compile safely', () => {
    const compile =
      (m: Partial<Measure>, r: Partial<typeof req> & { breakdown?: string } = {}) =>
      () =>
        compileMeasure(measure(m), { ...req, ...r }, source, 'duckdb');
    expect(compile({ filter: { 'event" OR 1=1 --': 'x' } })).toThrow(
      'cannot filter source "web" on "event" OR 1=1 --"'
    );
    expect(compile({ filter: { time: 'x' } })).toThrow('cannot filter source "web" on "time"');
    expect(compile({}, { breakdown: 'colour' })).toThrow('unknown column "colour" on source "web"');
    expect(compile({}, { breakdown: 'time' })).toThrow('cannot break down by "time"');
    expect(compile({ aggregate: 'sum' })).toThrow('aggregate "sum" needs a field');
    expect(compile({}, { grid: { starts: [], end: 0 } })).toThrow('no buckets to compute');
    expect(compile({}, { range: { from: 5, to: 5 } })).toThrow('invalid time range [5, 5)');
  });
});

describe('columnMapper', () => {
  it('refuses a mapping that is not a plain identifier', () => {
    expect(() => columnMapper('web', { time: 'ts"; DROP' })).toThrow(
      'column for "time" of source "web": "ts"; DROP" is not a plain SQL identifier'
    );
  });
});
