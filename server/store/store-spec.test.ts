import { describeStoreLocation, parseStoreSpec, redactUrl } from './store-spec';

describe('parseStoreSpec', () => {
  it.each([
    ['./data/scorecard.duckdb', { kind: 'duckdb', path: './data/scorecard.duckdb' }],
    ['/var/lib/scorecard/kpi.db', { kind: 'duckdb', path: '/var/lib/scorecard/kpi.db' }],
    [':memory:', { kind: 'duckdb', path: ':memory:' }],
    ['postgres://u@db:5432/kpi', { kind: 'postgres', url: 'postgres://u@db:5432/kpi' }],
    ['PostgreSQL://u@db/kpi', { kind: 'postgres', url: 'PostgreSQL://u@db/kpi' }],
    ['postgres://u@db/kpi?schema=tenant_a', { kind: 'postgres', url: 'postgres://u@db/kpi', schema: 'tenant_a' }],
  ])('reads %s', (spec, expected) => {
    expect(parseStoreSpec(spec)).toEqual(expected);
  });

  it.each(['mysql://u@db/kpi', 'sqlite://file.db', 'http://example.com/x'])(
    'refuses the unknown scheme of %s',
    (spec) => {
      expect(() => parseStoreSpec(spec)).toThrow(/^unknown store scheme "\w+:\/\/": use a DuckDB file path/);
    }
  );

  it('refuses an empty spec', () => {
    expect(() => parseStoreSpec('  ')).toThrow('the store is empty');
  });
});

describe('redactUrl', () => {
  it('drops the password and keeps the rest', () => {
    expect(redactUrl('postgres://kpi:s3cret@db.example:5432/kpi?sslmode=require')).toBe(
      'postgres://kpi@db.example:5432/kpi?sslmode=require'
    );
  });

  it('drops a password given as a query parameter', () => {
    expect(redactUrl('postgresql://kpi@db/kpi?password=s3cret&application_name=x')).toBe(
      'postgresql://kpi@db/kpi?application_name=x'
    );
  });

  it('leaves a URL without password as it is', () => {
    expect(redactUrl('postgres://postgres@127.0.0.1:5432/postgres')).toBe(
      'postgres://postgres@127.0.0.1:5432/postgres'
    );
  });

  it('is what a postgres spec describes itself as', () => {
    expect(describeStoreLocation(parseStoreSpec('postgres://a:b@h/d'))).toBe('postgres://a@h/d');
  });
});
