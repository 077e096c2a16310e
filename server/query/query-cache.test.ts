import { frameJson } from './frame';
import { QueryCache, queryKey } from './query-cache';

const frame = (name: string) => frameJson({ name, refId: 'X', fields: [{ name: 'v', type: 'number', values: [1] }] });

describe('QueryCache', () => {
  it('computes once for identical queries and hands each caller its own refId', async () => {
    const cache = new QueryCache();
    let computed = 0;
    const compute = async () => {
      computed += 1;
      return [frame('f')];
    };
    const key = queryKey({ from: 1, to: 2 }, { refId: 'A', queryType: 'kpi', kpi: 'x' });
    expect(queryKey({ from: 1, to: 2 }, { kpi: 'x', queryType: 'kpi', refId: 'B' })).toBe(key);
    const [a, b] = await Promise.all([cache.get(key, 'A', compute), cache.get(key, 'B', compute)]);
    expect(computed).toBe(1);
    expect(a[0]?.schema.refId).toBe('A');
    expect(b[0]?.schema.refId).toBe('B');
  });

  it('keeps an answer for the span of ends it holds for; a caller can wait for one under way', async () => {
    const cache = new QueryCache();
    let finish: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const computing = cache.getForEnd('card', 'A', 150, async () => {
      await gate;
      return { frames: [frame('f')], span: [100, 200] };
    });
    expect(cache.peekForEnd('card', 'B', 180)).toBeNull();
    const inside = cache.awaitForEnd('card', 'B', 180);
    const outside = cache.awaitForEnd('card', 'C', 200);
    finish();
    await computing;
    expect((await inside)?.[0]?.schema.refId).toBe('B');
    expect(await outside).toBeNull();
    expect(cache.peekForEnd('card', 'D', 100)?.[0]?.schema.refId).toBe('D');
    cache.invalidate();
    expect(cache.peekForEnd('card', 'D', 100)).toBeNull();
  });

  it('keys a kpi query on its filter: none, another column and other values never share', () => {
    const key = (filter?: Record<string, unknown>) =>
      queryKey({ from: 1, to: 2 }, { refId: 'A', queryType: 'kpi', kpi: 'x', ...(filter ? { filter } : {}) });
    const keys = [
      key(),
      key({ segment: 'smb' }),
      key({ segment: ['smb'] }),
      key({ segment: ['smb', 'enterprise'] }),
      key({ channel: 'smb' }),
    ];
    expect(new Set(keys).size).toBe(5);
    expect(key({ segment: ['smb', 'enterprise'] })).toBe(keys[3]);
  });

  it('recomputes after invalidate, after the TTL, and after a failure', async () => {
    let t = 0;
    const cache = new QueryCache(10, 1000, () => t);
    let computed = 0;
    const compute = async () => [frame(`f${++computed}`)];
    await cache.get('k', 'A', compute);
    cache.invalidate();
    await cache.get('k', 'A', compute);
    t = 1500;
    await cache.get('k', 'A', compute);
    expect(computed).toBe(3);
    await expect(cache.get('bad', 'A', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('bad', 'A', compute)).toHaveLength(1);
  });

  it('keeps at most maxEntries, dropping the least recently used', async () => {
    const cache = new QueryCache(2);
    let computed = 0;
    const compute = async () => [frame(`f${++computed}`)];
    await cache.get('a', 'A', compute);
    await cache.get('b', 'A', compute);
    await cache.get('a', 'A', compute);
    await cache.get('c', 'A', compute);
    await cache.get('a', 'A', compute);
    expect(computed).toBe(3);
    await cache.get('b', 'A', compute);
    expect(computed).toBe(4);
  });
});
