import { DUCKDB_MEMORY, openDuckDb } from './duckdb-db';
import { duckDbReaders } from './duckdb-readers';

describe('duckDbReaders', () => {
  it('is 4 when neither the option nor SCORECARD_DUCKDB_READERS is set', () => {
    expect(duckDbReaders(undefined, {})).toBe(4);
    expect(duckDbReaders(undefined, { SCORECARD_DUCKDB_READERS: ' ' })).toBe(4);
  });

  it('takes SCORECARD_DUCKDB_READERS, and the option over it', () => {
    expect(duckDbReaders(undefined, { SCORECARD_DUCKDB_READERS: '8' })).toBe(8);
    expect(duckDbReaders(2, { SCORECARD_DUCKDB_READERS: '8' })).toBe(2);
  });

  it.each(['0', '-1', '1.5', 'four', '65'])('refuses SCORECARD_DUCKDB_READERS=%s', (raw) => {
    expect(() => duckDbReaders(undefined, { SCORECARD_DUCKDB_READERS: raw })).toThrow(
      `SCORECARD_DUCKDB_READERS must be a whole number from 1 to 64, got "${raw}"`
    );
  });

  it('refuses a store opened with no readers', async () => {
    await expect(openDuckDb(DUCKDB_MEMORY, { readers: 0 })).rejects.toThrow(
      'readers must be a whole number from 1 to 64, got "0"'
    );
  });
});
