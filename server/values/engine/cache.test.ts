import { ValueCache } from './cache';

const reads = (kpis: string[], kinds: Array<'measure' | 'manual' | 'sql' | 'expression'>) => ({
  kpis: new Set(kpis),
  kinds: new Set(kinds),
});

describe('ValueCache', () => {
  let clock = 0;
  const cache = (maxEntries = 3, ttlMs = 1000) => new ValueCache<string>({ maxEntries, ttlMs }, () => clock);
  let computed: string[] = [];
  const compute = (key: string) => () => {
    computed.push(key);
    return Promise.resolve(`value of ${key}`);
  };

  beforeEach(() => {
    clock = 0;
    computed = [];
  });

  it('computes once per key and shares the computation', async () => {
    const c = cache();
    const r = reads(['a'], ['measure']);
    const [x, y] = await Promise.all([c.getOrCompute('a', r, compute('a')), c.getOrCompute('a', r, compute('a'))]);
    expect([x, y]).toEqual(['value of a', 'value of a']);
    expect(computed).toEqual(['a']);
  });

  it('evicts the least recently used entry past maxEntries', async () => {
    const c = cache(2);
    const r = reads(['k'], ['measure']);
    await c.getOrCompute('a', r, compute('a'));
    await c.getOrCompute('b', r, compute('b'));
    await c.getOrCompute('a', r, compute('a'));
    await c.getOrCompute('c', r, compute('c'));
    await c.getOrCompute('a', r, compute('a'));
    await c.getOrCompute('b', r, compute('b'));
    expect(computed).toEqual(['a', 'b', 'c', 'b']);
    expect(c.size).toBe(2);
  });

  it('recomputes after the TTL', async () => {
    const c = cache(3, 1000);
    const r = reads(['k'], ['measure']);
    await c.getOrCompute('a', r, compute('a'));
    clock = 999;
    await c.getOrCompute('a', r, compute('a'));
    clock = 1000;
    await c.getOrCompute('a', r, compute('a'));
    expect(computed).toEqual(['a', 'a']);
  });

  it('drops entries that read a KPI, or a kind of calculation', async () => {
    const c = cache(10);
    await c.getOrCompute('x', reads(['x'], ['measure']), compute('x'));
    await c.getOrCompute('m', reads(['m'], ['manual']), compute('m'));
    await c.getOrCompute('e', reads(['e', 'x', 'm'], ['expression', 'measure', 'manual']), compute('e'));
    c.invalidateKpi('m');
    expect(c.size).toBe(1);
    await c.getOrCompute('m', reads(['m'], ['manual']), compute('m'));
    c.invalidateKinds(['measure', 'sql']);
    expect(c.size).toBe(1);
    c.clear();
    expect(c.size).toBe(0);
  });

  it('forgets a failed computation', async () => {
    const c = cache();
    const r = reads(['k'], ['sql']);
    await expect(c.getOrCompute('a', r, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(c.size).toBe(0);
    await expect(c.getOrCompute('a', r, compute('a'))).resolves.toBe('value of a');
  });
});
