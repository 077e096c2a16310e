import { bindMacros, checkSingleSelect } from './statement';

const values = {
  from: Date.parse('2024-01-01T00:00:00Z'),
  to: Date.parse('2024-01-02T00:00:00Z'),
  intervalMs: 3_600_000,
};

describe('bindMacros', () => {
  it('turns each macro into one typed parameter, numbered by first use', () => {
    const bound = bindMacros(
      'SELECT time_bucket($__interval, time) AS time, count(*) AS value FROM events WHERE time >= $__timeFrom AND time < $__timeTo AND $__timeFrom IS NOT NULL GROUP BY 1',
      values
    );
    expect(bound.sql).toBe(
      'SELECT time_bucket(CAST($1 AS INTERVAL), time) AS time, count(*) AS value FROM events WHERE time >= CAST($2 AS TIMESTAMPTZ) AND time < CAST($3 AS TIMESTAMPTZ) AND CAST($2 AS TIMESTAMPTZ) IS NOT NULL GROUP BY 1'
    );
    expect(bound.params).toEqual(['3600000 milliseconds', '2024-01-01T00:00:00.000Z', '2024-01-02T00:00:00.000Z']);
  });

  it('gives $__interval_ms as a number and leaves strings, identifiers and comments alone', () => {
    const bound = bindMacros(
      `SELECT $__interval_ms AS value, '$__timeFrom' AS "$__x" -- $__nope\nFROM t /* $1 */`,
      values
    );
    expect(bound.sql).toBe(`SELECT CAST($1 AS BIGINT) AS value, '$__timeFrom' AS "$__x" -- $__nope\nFROM t /* $1 */`);
    expect(bound.params).toEqual([3_600_000]);
  });

  it('refuses unknown macros and positional parameters', () => {
    expect(() => bindMacros('SELECT $__timeFromage', values)).toThrow('unknown macro $__timeFromage');
    expect(() => bindMacros('SELECT $1', values)).toThrow('positional parameters such as $1 are not allowed');
  });
});

describe('checkSingleSelect', () => {
  it('accepts one SELECT or WITH, after comments or parentheses, with an optional final ;', () => {
    expect(checkSingleSelect('  select 1 ;  ')).toBe('select 1');
    expect(checkSingleSelect('-- daily\n/* x */ (SELECT 1)')).toBe('-- daily\n/* x */ (SELECT 1)');
    expect(checkSingleSelect('WITH a AS (SELECT 1) SELECT * FROM a')).toContain('WITH');
  });

  it.each([
    ['SELECT 1; DROP TABLE events', 'a single statement'],
    ["SELECT ';'", 'a single statement'],
    ['INSERT INTO events VALUES (1)', 'not INSERT'],
    ['drop table events', 'not DROP'],
    ['-- SELECT\nDELETE FROM events', 'not DELETE'],
    ['   ', 'not empty'],
    ['WITH x AS (DELETE FROM events RETURNING time) SELECT time FROM x', 'DELETE is not allowed'],
    ['WITH x AS (SELECT 1) INSERT INTO events SELECT * FROM x', 'INSERT is not allowed'],
    ['SELECT * INTO copy_of_events FROM events', 'INTO is not allowed'],
    ['(WITH u AS (update events SET value = 0 RETURNING 1) SELECT 1)', 'UPDATE is not allowed'],
  ])('refuses %j', (sql, message) => {
    expect(() => checkSingleSelect(sql)).toThrow(message);
  });

  it.each([
    ["SELECT content FROM read_text('/etc/passwd')", 'read_text'],
    ["SELECT * FROM glob('/*')", 'glob'],
    ["SELECT * FROM READ_BLOB ('/etc/hostname')", 'read_blob'],
    ["SELECT * FROM read_csv('http://example.com/x.csv')", 'read_csv'],
    ["SELECT pg_catalog.pg_read_file('/etc/passwd')", 'pg_read_file'],
    ['SELECT "pg_read_file"(\'/etc/passwd\')', 'pg_read_file'],
    ["SELECT set_config /* hidden */ ('role', 'postgres', true)", 'set_config'],
    ["SELECT query_to_xml('SELECT 1', true, false, '')", 'query_to_xml'],
    ["SELECT f FROM pg_ls_dir('/') f", 'pg_ls_dir'],
    ["SELECT * FROM query('SELECT 1')", 'query'],
  ])('refuses %j, which reads outside the store', (sql, fn) => {
    expect(() => checkSingleSelect(sql)).toThrow(`may not call ${fn}()`);
  });

  it.each([
    [String.raw`SELECT E'\'', set_config('role', 'postgres', true), ''`, 'backslashes'],
    ["SELECT $$'$$, set_config('role', 'postgres', true), $$'$$", 'dollar-quoted'],
    ['SELECT $q$x$q$', 'dollar-quoted'],
    [String.raw`SELECT U&"\0073et_config"('role', 'postgres', true)`, 'Unicode escapes'],
    ["SELECT 'unterminated", 'unterminated string'],
  ])('refuses %j, which a scanner could misread', (sql, message) => {
    expect(() => checkSingleSelect(sql)).toThrow(message);
  });

  it('leaves words in strings, quoted identifiers and comments alone', () => {
    const sql = `SELECT 'delete, read_text(' AS "update", time /* drop read_csv( */ FROM events -- set\n`;
    expect(checkSingleSelect(sql)).toBe(sql.trim());
  });
});
