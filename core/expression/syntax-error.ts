import type { Token } from './tokenize';

/** Any problem in an expression's text; `position` is the 0-based offset where it was found. */
export class ExpressionSyntaxError extends Error {
  override readonly name = 'ExpressionSyntaxError';

  constructor(
    readonly reason: string,
    readonly position: number
  ) {
    super(`column ${position + 1}: ${reason}`);
  }
}

export const describeToken = (token: Token) => (token.type === 'end' ? 'the end of the expression' : `"${token.text}"`);

/** The error for a token where `expected` should be, with a sharper message for the usual slips. */
export function unexpectedToken(token: Token, expected: string): ExpressionSyntaxError {
  if (token.type === 'number' || token.type === 'identifier' || token.type === '(') {
    return new ExpressionSyntaxError(`missing operator before ${describeToken(token)}`, token.position);
  }
  if (token.type === ')') {
    return new ExpressionSyntaxError('unmatched ")"', token.position);
  }
  if (token.type === ',') {
    return new ExpressionSyntaxError('"," outside a function call', token.position);
  }
  return new ExpressionSyntaxError(`expected ${expected} but found ${describeToken(token)}`, token.position);
}
