import { ExprNode } from './ast';

function collect(node: ExprNode, names: Set<string>): void {
  switch (node.type) {
    case 'number':
      return;
    case 'input':
      names.add(node.name);
      return;
    case 'negate':
      collect(node.operand, names);
      return;
    case 'binary':
      collect(node.left, names);
      collect(node.right, names);
      return;
    case 'call':
      node.args.forEach((arg) => collect(arg, names));
      return;
  }
}

/** The input names an expression reads, each once, in order of first use. */
export function expressionInputs(node: ExprNode): string[] {
  const names = new Set<string>();
  collect(node, names);
  return [...names];
}
