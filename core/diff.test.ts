import { canonicalJson } from './canonical';
import { diffDocuments } from './diff';

const kpi = (spec: Record<string, unknown>) => ({
  apiVersion: 'scorecard/v1',
  kind: 'KPI',
  metadata: { id: 'k' },
  spec,
});

describe('diffDocuments', () => {
  it('finds nothing between equal documents built in another key order', () => {
    expect(diffDocuments({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toEqual([]);
  });

  it('reports changed, added and removed fields with dotted paths', () => {
    const a = kpi({ target: 40, thresholds: { redFlag: 20, goal: 45 }, owner: 'x' });
    const b = kpi({ target: 40, thresholds: { redFlag: 20, goal: 50 }, assumptions: 'text' });
    expect(diffDocuments(a, b)).toEqual([
      { path: 'spec.assumptions', op: 'added', to: 'text' },
      { path: 'spec.owner', op: 'removed', from: 'x' },
      { path: 'spec.thresholds.goal', op: 'changed', from: 45, to: 50 },
    ]);
  });

  it('reports a whole added or removed subtree once', () => {
    expect(diffDocuments({ s: {} }, { s: { governance: { fourEyes: true } } })).toEqual([
      { path: 's.governance', op: 'added', to: { fourEyes: true } },
    ]);
  });

  it('reports a change of type as changed', () => {
    expect(diffDocuments({ a: [1] }, { a: { 0: 1 } })).toEqual([{ path: 'a', op: 'changed', from: [1], to: { 0: 1 } }]);
    expect(diffDocuments({ a: null }, { a: 0 })).toEqual([{ path: 'a', op: 'changed', from: null, to: 0 }]);
  });

  it('compares arrays of scalars by index', () => {
    expect(diffDocuments({ l: [1, 2, 3] }, { l: [1, 5] })).toEqual([
      { path: 'l[1]', op: 'changed', from: 2, to: 5 },
      { path: 'l[2]', op: 'removed', from: 3 },
    ]);
  });

  it('matches elements with an id, so an insertion is one added element (removals listed first)', () => {
    const objectives = (ids: string[]) => ids.map((id) => ({ id, weight: id === 'c2' ? 2 : 1 }));
    const a = { spec: { perspectives: [{ id: 'p', objectives: objectives(['a', 'b', 'c']) }] } };
    const b = { spec: { perspectives: [{ id: 'p', objectives: objectives(['a', 'new', 'b', 'c2']) }] } };
    expect(diffDocuments(a, b)).toEqual([
      { path: 'spec.perspectives[0].objectives[2]', op: 'removed', from: { id: 'c', weight: 1 } },
      { path: 'spec.perspectives[0].objectives[1]', op: 'added', to: { id: 'new', weight: 1 } },
      { path: 'spec.perspectives[0].objectives[3]', op: 'added', to: { id: 'c2', weight: 2 } },
    ]);
  });

  it('reports a changed field of a keyed element at its new index', () => {
    const a = {
      objectives: [
        { id: 'a', weight: 1 },
        { id: 'b', weight: 1 },
      ],
    };
    const b = {
      objectives: [
        { id: 'n', weight: 1 },
        { id: 'a', weight: 1 },
        { id: 'b', weight: 2 },
      ],
    };
    expect(diffDocuments(a, b)).toEqual([
      { path: 'objectives[0]', op: 'added', to: { id: 'n', weight: 1 } },
      { path: 'objectives[2].weight', op: 'changed', from: 1, to: 2 },
    ]);
  });

  it('reports a removed keyed element at its old index', () => {
    const a = {
      kpis: [
        { kpi: 'x', weight: 1 },
        { kpi: 'y', weight: 1 },
        { kpi: 'z', weight: 1 },
      ],
    };
    const b = {
      kpis: [
        { kpi: 'x', weight: 1 },
        { kpi: 'z', weight: 3 },
      ],
    };
    expect(diffDocuments(a, b)).toEqual([
      { path: 'kpis[1]', op: 'removed', from: { kpi: 'y', weight: 1 } },
      { path: 'kpis[1].weight', op: 'changed', from: 1, to: 3 },
    ]);
  });

  it('falls back to indexes when keyed elements were reordered, since order can matter', () => {
    const a = { stages: [{ id: 'a' }, { id: 'b' }] };
    const b = { stages: [{ id: 'b' }, { id: 'a' }] };
    expect(diffDocuments(a, b)).toEqual([
      { path: 'stages[0].id', op: 'changed', from: 'a', to: 'b' },
      { path: 'stages[1].id', op: 'changed', from: 'b', to: 'a' },
    ]);
  });

  it('falls back to indexes when ids repeat or some element has none', () => {
    expect(diffDocuments({ l: [{ id: 'a' }, { id: 'a' }] }, { l: [{ id: 'b' }, { id: 'a' }] })).toEqual([
      { path: 'l[0].id', op: 'changed', from: 'a', to: 'b' },
    ]);
    expect(diffDocuments({ l: [{ id: 'a' }, { x: 1 }] }, { l: [{ id: 'n' }, { id: 'a' }, { x: 1 }] })).toEqual([
      { path: 'l[0].id', op: 'changed', from: 'a', to: 'n' },
      { path: 'l[1].id', op: 'added', to: 'a' },
      { path: 'l[1].x', op: 'removed', from: 1 },
      { path: 'l[2]', op: 'added', to: { x: 1 } },
    ]);
  });

  it('quotes keys that are not plain names', () => {
    expect(diffDocuments({ labels: { 'team.io/name': 'a' } }, { labels: { 'team.io/name': 'b' } })).toEqual([
      { path: 'labels["team.io/name"]', op: 'changed', from: 'a', to: 'b' },
    ]);
  });

  it('treats a member that is undefined as absent, as canonical JSON does', () => {
    expect(diffDocuments({ a: 1, b: undefined }, { a: 1 })).toEqual([]);
  });

  it('is empty exactly when the canonical JSON is equal (seeded random documents)', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pick = <T>(items: [T, ...T[]]): T => items[Math.floor(rand() * items.length)] ?? items[0];
    const value = (depth: number): unknown => {
      const r = rand();
      if (depth > 2 || r < 0.4) {
        return pick([1, 2, 'a', 'b', true, null]);
      }
      if (r < 0.7) {
        return Array.from({ length: Math.floor(rand() * 3) }, (_, i) =>
          rand() < 0.5 ? { id: pick(['p', 'q', 'r']) + i, v: value(depth + 1) } : value(depth + 1)
        );
      }
      return Object.fromEntries(['x', 'y', 'z'].filter(() => rand() < 0.6).map((k) => [k, value(depth + 1)]));
    };
    let equalPairs = 0;
    for (let i = 0; i < 400; i++) {
      const a = value(0);
      const b = rand() < 0.3 ? JSON.parse(JSON.stringify(a)) : value(0);
      const same = canonicalJson(a) === canonicalJson(b);
      equalPairs += same ? 1 : 0;
      expect(diffDocuments(a, b).length === 0).toBe(same);
    }
    expect(equalPairs).toBeGreaterThan(50);
  });
});
