// TestData's metric tree for variable queries: A, B, C, each with children AA, AB, AC, …; "*" and "{A,B}" select.
export interface TreeNode {
  name: string;
  children: () => TreeNode[];
}

const MAX_DEPTH = 6;

function children(parent: string, depth: number): TreeNode[] {
  if (depth >= MAX_DEPTH) {
    return [];
  }
  return ['A', 'B', 'C'].map((letter) => ({
    name: `${parent}${letter}`,
    children: () => children(`${parent}${letter}`, depth + 1),
  }));
}

function queryTree(nodes: TreeNode[], parts: string[], index: number): TreeNode[] {
  const part = parts[index];
  if (part === undefined || part === '*') {
    return nodes;
  }
  const names = part.startsWith('{') ? part.replace(/[{}]/g, '').split(',') : [part];
  return nodes.filter((n) => names.includes(n.name)).flatMap((n) => queryTree(n.children(), parts, index + 1));
}

/** Names of the nodes the dotted query selects: "*" is the top level, "A.*" the children of A, "{A,C}.*" both. */
export function queryMetricTree(query: string): string[] {
  return queryTree(children('', 0), query.split('.'), 0).map((n) => n.name);
}
