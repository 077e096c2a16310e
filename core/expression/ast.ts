export type BinaryOperator = '+' | '-' | '*' | '/';

export const FUNCTION_NAMES = ['min', 'max', 'abs', 'coalesce'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

export const isFunctionName = (name: string): name is FunctionName => FUNCTION_NAMES.some((f) => f === name);

/** A parsed expression; `position` is the 0-based offset in the source where the node starts. */
export type ExprNode =
  | { type: 'number'; value: number; position: number }
  | { type: 'input'; name: string; position: number }
  | { type: 'negate'; operand: ExprNode; position: number }
  | { type: 'binary'; operator: BinaryOperator; left: ExprNode; right: ExprNode; position: number }
  | { type: 'call'; name: FunctionName; args: ExprNode[]; position: number };
