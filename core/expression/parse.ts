import { BinaryOperator, ExprNode, FUNCTION_NAMES, FunctionName, isFunctionName } from './ast';
import { describeToken, ExpressionSyntaxError, unexpectedToken } from './syntax-error';
import { Token, tokenize } from './tokenize';

/** Deepest nesting accepted, so that parsing and evaluation never overflow the stack. */
export const MAX_DEPTH = 200;

interface Parsed {
  node: ExprNode;
  depth: number;
}

const ARITY: Record<FunctionName, { min: number; max: number }> = {
  min: { min: 1, max: Infinity },
  max: { min: 1, max: Infinity },
  abs: { min: 1, max: 1 },
  coalesce: { min: 1, max: Infinity },
};

class Parser {
  private index = 0;
  private nesting = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly end: Token
  ) {}

  parse(): ExprNode {
    if (this.peek().type === 'end') {
      throw new ExpressionSyntaxError('the expression is empty', 0);
    }
    const { node } = this.sum();
    const token = this.peek();
    if (token.type !== 'end') {
      throw unexpectedToken(token, 'an operator or the end of the expression');
    }
    return node;
  }

  private peek(): Token {
    return this.tokens[this.index] ?? this.end;
  }

  private take(): Token {
    const token = this.peek();
    this.index += 1;
    return token;
  }

  private operator(operators: BinaryOperator[]): (Token & { type: 'operator' }) | undefined {
    const token = this.peek();
    return token.type === 'operator' && operators.includes(token.operator) ? token : undefined;
  }

  private binary(operators: BinaryOperator[], operand: () => Parsed): Parsed {
    let left = operand();
    for (let op = this.operator(operators); op !== undefined; op = this.operator(operators)) {
      this.take();
      const right = operand();
      const depth = Math.max(left.depth, right.depth) + 1;
      this.checkDepth(depth, op.position);
      const node: ExprNode = {
        type: 'binary',
        operator: op.operator,
        left: left.node,
        right: right.node,
        position: left.node.position,
      };
      left = { node, depth };
    }
    return left;
  }

  private sum(): Parsed {
    return this.binary(['+', '-'], () => this.product());
  }

  private product(): Parsed {
    return this.binary(['*', '/'], () => this.unary());
  }

  private unary(): Parsed {
    const minus = this.operator(['-']);
    if (minus === undefined) {
      return this.primary();
    }
    this.take();
    const operand = this.nested(minus.position, () => this.unary());
    return { node: { type: 'negate', operand: operand.node, position: minus.position }, depth: operand.depth + 1 };
  }

  private primary(): Parsed {
    const token = this.take();
    if (token.type === 'number') {
      return { node: { type: 'number', value: token.value, position: token.position }, depth: 1 };
    }
    if (token.type === 'identifier') {
      return this.peek().type === '('
        ? this.call(token)
        : { node: { type: 'input', name: token.text, position: token.position }, depth: 1 };
    }
    if (token.type === '(') {
      const inner = this.nested(token.position, () => this.sum());
      this.close(token.position, '"("');
      return inner;
    }
    throw new ExpressionSyntaxError(
      `expected a number, a name, a function call or "(" but found ${describeToken(token)}`,
      token.position
    );
  }

  private call(name: Token): Parsed {
    if (!isFunctionName(name.text)) {
      throw new ExpressionSyntaxError(
        `unknown function "${name.text}": functions are ${FUNCTION_NAMES.join(', ')}`,
        name.position
      );
    }
    const open = this.take();
    const args: Parsed[] = [];
    if (this.peek().type !== ')') {
      args.push(this.nested(open.position, () => this.sum()));
      while (this.peek().type === ',') {
        this.take();
        args.push(this.nested(open.position, () => this.sum()));
      }
    }
    this.close(name.position, `"${name.text}("`);
    const arity = ARITY[name.text];
    if (args.length < arity.min || args.length > arity.max) {
      const expected = arity.min === arity.max ? `exactly ${arity.min}` : `at least ${arity.min}`;
      throw new ExpressionSyntaxError(
        `${name.text} takes ${expected} argument${arity.min === 1 ? '' : 's'}, found ${args.length}`,
        name.position
      );
    }
    const node: ExprNode = { type: 'call', name: name.text, args: args.map((a) => a.node), position: name.position };
    return { node, depth: Math.max(...args.map((a) => a.depth)) + 1 };
  }

  private close(opened: number, what: string): void {
    const token = this.peek();
    if (token.type === ')') {
      this.take();
      return;
    }
    if (token.type === 'end') {
      throw new ExpressionSyntaxError(`missing ")" to close the ${what} at column ${opened + 1}`, token.position);
    }
    throw unexpectedToken(token, `")" or an operator`);
  }

  private nested(position: number, parse: () => Parsed): Parsed {
    this.nesting += 1;
    this.checkDepth(this.nesting, position);
    const parsed = parse();
    this.nesting -= 1;
    return parsed;
  }

  private checkDepth(depth: number, position: number): void {
    if (depth > MAX_DEPTH) {
      throw new ExpressionSyntaxError(`the expression is too deeply nested (more than ${MAX_DEPTH} levels)`, position);
    }
  }
}

/** Parses the KPI expression language; any problem in `src` throws an ExpressionSyntaxError. */
export function parseExpression(src: string): ExprNode {
  if (typeof src !== 'string') {
    throw new ExpressionSyntaxError(`an expression must be text, found ${typeof src}`, 0);
  }
  const tokens = tokenize(src);
  return new Parser(tokens, { type: 'end', text: '', position: src.length }).parse();
}
