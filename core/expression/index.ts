export { parseExpression, MAX_DEPTH } from './parse';
export { evaluateExpression, UnknownInputError } from './evaluate';
export type { ExpressionResult, InputValues } from './evaluate';
export { expressionInputs } from './inputs';
export { ExpressionSyntaxError } from './syntax-error';
export { FUNCTION_NAMES } from './ast';
export type { ExprNode, BinaryOperator, FunctionName } from './ast';
