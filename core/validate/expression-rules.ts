import { expressionInputs, ExpressionSyntaxError, parseExpression } from '../expression';
import { KpiDocument, ResourceDocument } from '../schema';
import { BundleIndex } from './bundle-index';
import { DocProblem } from './reference-rules';

export const EXPRESSION_PATH = ['spec', 'calculation', 'expression'];

/** The `{expr, inputs}` of an expression KPI, else undefined. */
export function expressionOf(doc: ResourceDocument): { expr: string; inputs: Record<string, string> } | undefined {
  const calculation: KpiDocument['spec']['calculation'] | undefined =
    doc.kind === 'KPI' ? doc.spec.calculation : undefined;
  return calculation !== undefined && 'expression' in calculation ? calculation.expression : undefined;
}

/** Syntax errors, names used but not declared or declared but not used, inputs naming unknown KPIs. */
export function expressionProblems(doc: ResourceDocument, index: BundleIndex): DocProblem[] {
  const expression = expressionOf(doc);
  if (expression === undefined) {
    return [];
  }
  const { expr, inputs } = expression;
  const problems: DocProblem[] = Object.entries(inputs)
    .filter(([, id]) => !index.has('KPI', id))
    .map(([name, id]) => ({ path: [...EXPRESSION_PATH, 'inputs', name], message: index.unknown('KPI', id) }));
  let used: string[];
  try {
    used = expressionInputs(parseExpression(expr));
  } catch (err) {
    if (err instanceof ExpressionSyntaxError) {
      return [
        { path: [...EXPRESSION_PATH, 'expr'], message: `syntax error at column ${err.position + 1}: ${err.reason}` },
        ...problems,
      ];
    }
    throw err;
  }
  for (const name of used.filter((n) => !Object.hasOwn(inputs, n))) {
    problems.push({
      path: [...EXPRESSION_PATH, 'expr'],
      message: `"${name}" is used in expr but not declared in inputs`,
    });
  }
  for (const name of Object.keys(inputs).filter((n) => !used.includes(n))) {
    problems.push({ path: [...EXPRESSION_PATH, 'inputs', name], message: `input "${name}" is not used in expr` });
  }
  return problems;
}
