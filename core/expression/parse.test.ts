import { ExprNode } from './ast';
import { parseExpression, MAX_DEPTH } from './parse';
import { ExpressionSyntaxError } from './syntax-error';

/** The expression written back with full parentheses, to compare structure compactly. */
function show(node: ExprNode): string {
  switch (node.type) {
    case 'number':
      return String(node.value);
    case 'input':
      return node.name;
    case 'negate':
      return `(-${show(node.operand)})`;
    case 'binary':
      return `(${show(node.left)} ${node.operator} ${show(node.right)})`;
    case 'call':
      return `${node.name}(${node.args.map(show).join(', ')})`;
  }
}

function syntaxError(src: string): ExpressionSyntaxError {
  try {
    parseExpression(src);
  } catch (err) {
    if (err instanceof ExpressionSyntaxError) {
      return err;
    }
    throw err;
  }
  throw new Error(`"${src}" parsed without error`);
}

describe('parseExpression', () => {
  it.each([
    ['100 * (promoters - detractors) / responses', '((100 * (promoters - detractors)) / responses)'],
    ['a / b * 100', '((a / b) * 100)'],
    ['a - b - c', '((a - b) - c)'],
    ['a + b * c', '(a + (b * c))'],
    ['a × b ÷ c − d', '(((a * b) / c) - d)'],
    ['-a * -b', '((-a) * (-b))'],
    ['--a', '(-(-a))'],
    ['2 - -3', '(2 - (-3))'],
    ['1.5e3 + .25 + 2E-2', '((1500 + 0.25) + 0.02)'],
    ['min(a, b, 3)', 'min(a, b, 3)'],
    ['max(a)', 'max(a)'],
    ['abs(a - b)', 'abs((a - b))'],
    ['coalesce(a, b * 2, 0)', 'coalesce(a, (b * 2), 0)'],
    ['min + max', '(min + max)'],
    ['\t(a)\n + _b2 ', '(a + _b2)'],
  ])('parses %j', (src, expected) => {
    expect(show(parseExpression(src))).toBe(expected);
  });

  it('records where each node starts', () => {
    expect(parseExpression(' a + min(b)')).toEqual({
      type: 'binary',
      operator: '+',
      position: 1,
      left: { type: 'input', name: 'a', position: 1 },
      right: { type: 'call', name: 'min', position: 5, args: [{ type: 'input', name: 'b', position: 9 }] },
    });
  });

  it.each([
    ['', 0, 'the expression is empty'],
    ['   ', 0, 'the expression is empty'],
    ['a +', 3, 'expected a number, a name, a function call or "(" but found the end of the expression'],
    ['a * * b', 4, 'expected a number, a name, a function call or "(" but found "*"'],
    ['+a', 0, 'found "+"'],
    ['a b', 2, 'missing operator before "b"'],
    ['2a', 0, 'invalid number "2a"'],
    ['1.2.3', 0, 'invalid number "1.2.3"'],
    ['1e999', 0, 'number 1e999 is too large'],
    ['a + .', 4, '"." must be followed by digits'],
    ['(a + b', 6, 'missing ")" to close the "(" at column 1'],
    ['a + b)', 5, 'unmatched ")"'],
    ['a, b', 1, '"," outside a function call'],
    ['(a, b)', 2, '"," outside a function call'],
    ['min(a, b', 8, 'missing ")" to close the "min(" at column 1'],
    ['min(a,)', 6, 'but found ")"'],
    ['min()', 0, 'min takes at least 1 argument, found 0'],
    ['abs(a, b)', 0, 'abs takes exactly 1 argument, found 2'],
    ['sqrt(a)', 0, 'unknown function "sqrt": functions are min, max, abs, coalesce'],
    ['a % b', 2, 'unexpected character "%"'],
    ['a\u0000', 1, 'unexpected character U+0000'],
    ['customer.nps * 2', 0, '"customer.nps" is not a name: declare it under inputs (x: customer.nps) and use x'],
  ])('rejects %j at offset %i', (src, position, message) => {
    const err = syntaxError(src);
    expect(err.position).toBe(position);
    expect(err.reason).toContain(message);
    expect(err.message).toBe(`column ${position + 1}: ${err.reason}`);
  });

  it('accepts nesting up to MAX_DEPTH and rejects deeper nesting without overflowing the stack', () => {
    expect(() => parseExpression(`${'('.repeat(MAX_DEPTH - 1)}a${')'.repeat(MAX_DEPTH - 1)}`)).not.toThrow();
    expect(syntaxError(`${'('.repeat(100_000)}a`).reason).toMatch(/too deeply nested/);
    expect(syntaxError(`${'-'.repeat(100_000)}a`).reason).toMatch(/too deeply nested/);
    expect(syntaxError(Array(10_000).fill('a').join(' + ')).reason).toMatch(/too deeply nested/);
  });

  it('rejects values that are not text', () => {
    expect(syntaxError(42 as never).reason).toBe('an expression must be text, found number');
  });
});
