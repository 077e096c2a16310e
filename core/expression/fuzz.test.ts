import { evaluateExpression } from './evaluate';
import { expressionInputs } from './inputs';
import { parseExpression } from './parse';
import { ExpressionSyntaxError } from './syntax-error';

// mulberry32: a small seeded generator so failures reproduce.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES: Choices<string> = [
  'a',
  'b',
  'x_1',
  '0',
  '1',
  '2.5',
  '.5',
  '1e3',
  '1e',
  '+',
  '-',
  '*',
  '/',
  '×',
  '÷',
  '−',
  '(',
  ')',
  ',',
  ' ',
  'min',
  'max',
  'abs',
  'coalesce',
  'sqrt',
  '.',
  'e',
  '\n',
  'kpi.x',
  '1.2.3',
];

function grammarString(next: () => number): string {
  const length = Math.floor(next() * 24);
  return Array.from({ length }, () => pick(next, PIECES)).join('');
}

type Choices<T> = readonly [T, ...T[]];
const pick = <T>(next: () => number, items: Choices<T>): T => items[Math.floor(next() * items.length)] ?? items[0];

function validExpression(next: () => number, depth = 0): string {
  const r = next();
  if (depth > 4 || r < 0.3) {
    return pick(next, ['a', 'b', 'c', '0', '2', '0.5', '1e2']);
  }
  if (r < 0.7) {
    return `${validExpression(next, depth + 1)} ${pick(next, ['+', '-', '*', '/', '×', '÷'])} ${validExpression(next, depth + 1)}`;
  }
  if (r < 0.8) {
    return `-(${validExpression(next, depth + 1)})`;
  }
  const fn = pick(next, ['min', 'max', 'abs', 'coalesce']);
  const count = fn === 'abs' ? 1 : 1 + Math.floor(next() * 3);
  return `${fn}(${Array.from({ length: count }, () => validExpression(next, depth + 1)).join(', ')})`;
}

/** A valid expression with one character deleted, replaced or inserted. */
function mutated(next: () => number): string {
  const src = validExpression(next);
  const at = Math.floor(next() * (src.length + 1));
  const char = pick(next, ['a', '1', '.', '(', ')', ',', '+', '-', '*', '/', ' ', '×', '\u0000', '\ud800']);
  const cut = next() < 0.5 ? 1 : 0;
  return `${src.slice(0, at)}${next() < 0.3 ? '' : char}${src.slice(at + cut)}`;
}

function byteString(next: () => number): string {
  const length = Math.floor(next() * 16);
  return Array.from({ length }, () => String.fromCharCode(Math.floor(next() * (next() < 0.9 ? 256 : 65536)))).join('');
}

function check(src: string): 'parsed' | 'rejected' {
  try {
    const node = parseExpression(src);
    const values = Object.fromEntries(expressionInputs(node).map((name, i) => [name, i % 3 === 0 ? null : i]));
    const result = evaluateExpression(node, values);
    expect(result.value === null || Number.isFinite(result.value)).toBe(true);
    return 'parsed';
  } catch (err) {
    if (!(err instanceof ExpressionSyntaxError)) {
      throw new Error(`${JSON.stringify(src)} threw ${String(err)}`);
    }
    if (!(Number.isInteger(err.position) && err.position >= 0 && err.position <= src.length)) {
      throw new Error(`${JSON.stringify(src)}: position ${err.position} outside the input`);
    }
    return 'rejected';
  }
}

describe('parseExpression fuzz', () => {
  it('throws only ExpressionSyntaxError with a position inside the input', () => {
    const next = random(20240611);
    const outcomes = { parsed: 0, rejected: 0 };
    const generators: Choices<(next: () => number) => string> = [grammarString, byteString, validExpression, mutated];
    for (let i = 0; i < 8000; i++) {
      outcomes[check(pick(next, generators)(next))] += 1;
    }
    // Both paths must be exercised for the test to mean anything.
    expect(outcomes.parsed).toBeGreaterThan(2000);
    expect(outcomes.rejected).toBeGreaterThan(3000);
  });
});
