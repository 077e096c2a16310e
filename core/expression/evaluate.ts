import { BinaryOperator, ExprNode } from './ast';
import { expressionInputs } from './inputs';

export type InputValues = Readonly<Record<string, number | null>>;

/** A value, or null with the reason there is none. */
export interface ExpressionResult {
  value: number | null;
  reason?: string;
}

/** The expression reads names that the values do not provide: a definition error, not missing data. */
export class UnknownInputError extends Error {
  override readonly name = 'UnknownInputError';

  constructor(
    readonly unknown: string[],
    known: string[]
  ) {
    const list = unknown.map((n) => `"${n}"`).join(', ');
    super(`unknown input${unknown.length > 1 ? 's' : ''} ${list} (inputs given: ${known.join(', ') || 'none'})`);
  }
}

const APPLY: Record<BinaryOperator, (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
};

const noValue = (reason: string): ExpressionResult => ({ value: null, reason });
const finite = (value: number): ExpressionResult =>
  Number.isFinite(value) ? { value } : noValue('result out of range');

function input(name: string, values: InputValues): ExpressionResult {
  const value = values[name];
  if (value === null || value === undefined) {
    return noValue(`no value for "${name}"`);
  }
  return typeof value === 'number' && Number.isFinite(value) ? { value } : noValue(`"${name}" is not a finite number`);
}

function binary(operator: BinaryOperator, left: ExpressionResult, right: ExpressionResult): ExpressionResult {
  if (left.value === null) {
    return left;
  }
  if (right.value === null) {
    return right;
  }
  if (operator === '/' && right.value === 0) {
    return noValue('division by zero');
  }
  return finite(APPLY[operator](left.value, right.value));
}

function call(node: ExprNode & { type: 'call' }, values: InputValues): ExpressionResult {
  const args = node.args.map((arg) => evaluate(arg, values));
  if (node.name === 'coalesce') {
    return args.find((arg) => arg.value !== null) ?? noValue('coalesce: no argument has a value');
  }
  const numbers: number[] = [];
  for (const arg of args) {
    if (arg.value === null) {
      return arg;
    }
    numbers.push(arg.value);
  }
  const fn = node.name === 'abs' ? Math.abs : node.name === 'min' ? Math.min : Math.max;
  return finite(fn(...numbers));
}

function evaluate(node: ExprNode, values: InputValues): ExpressionResult {
  switch (node.type) {
    case 'number':
      return { value: node.value };
    case 'input':
      return input(node.name, values);
    case 'negate': {
      const operand = evaluate(node.operand, values);
      return operand.value === null ? operand : { value: -operand.value };
    }
    case 'binary':
      return binary(node.operator, evaluate(node.left, values), evaluate(node.right, values));
    case 'call':
      return call(node, values);
  }
}

/**
 * Computes a parsed expression. A null input makes the result null (coalesce picks the first non-null argument);
 * division by zero gives null with reason "division by zero". Throws UnknownInputError when `values` lacks a name.
 */
export function evaluateExpression(node: ExprNode, values: InputValues): ExpressionResult {
  const unknown = expressionInputs(node).filter((name) => !Object.hasOwn(values, name));
  if (unknown.length > 0) {
    throw new UnknownInputError(unknown, Object.keys(values));
  }
  return evaluate(node, values);
}
