import { canonicalJson, CanonicalJsonError } from './canonical';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    const value = { b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } };
    expect(canonicalJson(value)).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('gives the same text for objects built in a different key order', () => {
    const one = { spec: { target: 45, name: 'NPS' }, kind: 'KPI' };
    const two = { kind: 'KPI', spec: { name: 'NPS', target: 45 } };
    expect(canonicalJson(one)).toBe(canonicalJson(two));
  });

  it('sorts keys by UTF-16 code units, not by locale', () => {
    expect(canonicalJson({ b: 1, B: 2, a: 3, é: 4, _: 5 })).toBe('{"B":2,"_":5,"a":3,"b":1,"é":4}');
  });

  it.each([
    [1e21, '1e+21'],
    [0.1 + 0.2, '0.30000000000000004'],
    [-0, '0'],
    [100.0, '100'],
    [1.5e-7, '1.5e-7'],
  ])('writes the number %p as %s', (n, text) => {
    expect(canonicalJson(n)).toBe(text);
  });

  it('escapes strings as JSON does', () => {
    expect(canonicalJson({ 'q"k': 'line\nbreak \u0001' })).toBe('{"q\\"k":"line\\nbreak \\u0001"}');
  });

  it('leaves out object members that are undefined', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('round-trips through JSON.parse to the same text', () => {
    const text = canonicalJson({ x: [1.25, -3, 'é', { k: false }], y: { n: 12345678.9 } });
    expect(canonicalJson(JSON.parse(text))).toBe(text);
  });

  it.each([
    ['undefined in an array', [1, undefined], '$[1]', 'a undefined'],
    ['NaN', { spec: { target: NaN } }, '$.spec.target', 'NaN'],
    ['Infinity', { a: [Infinity] }, '$.a[0]', 'Infinity'],
    ['a function', { f: () => 1 }, '$.f', 'a function'],
    ['a bigint', { n: BigInt(1) }, '$.n', 'a bigint'],
    ['a Date', { at: new Date(0) }, '$.at', 'an instance of Date'],
    ['a Map', { m: new Map() }, '$.m', 'an instance of Map'],
  ])('rejects %s naming where it is', (_name, value, path, what) => {
    expect(() => canonicalJson(value)).toThrow(new CanonicalJsonError(path, what));
    expect(() => canonicalJson(value)).toThrow(`${what} at ${path} is not JSON`);
  });

  it('rejects a cycle but accepts the same object twice', () => {
    const shared = { v: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"v":1},"b":{"v":1}}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow('a circular reference at $.self is not JSON');
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.create(null);
    bare.k = 'v';
    expect(canonicalJson(bare)).toBe('{"k":"v"}');
  });
});
