import { stableHash } from './hash';

describe('stableHash', () => {
  it('matches the published FNV-1a 64-bit test vectors', () => {
    expect(stableHash('')).toBe('cbf29ce484222325');
    expect(stableHash('a')).toBe('af63dc4c8601ec8c');
    expect(stableHash('foobar')).toBe('85944171f73967e8');
  });
});
