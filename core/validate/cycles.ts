/** A path from `start` back to `start` through `next`, shortest first, avoiding `excluded`; undefined if none. */
function cycleThrough(start: string, next: (node: string) => string[], excluded: Set<string>): string[] | undefined {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] ?? start;
    for (const target of next(node)) {
      if (target === start) {
        const path = [start];
        for (let at: string | undefined = node; at !== start && at !== undefined; at = cameFrom.get(at)) {
          path.splice(1, 0, at);
        }
        return [...path, start];
      }
      if (!excluded.has(target) && !cameFrom.has(target)) {
        cameFrom.set(target, node);
        queue.push(target);
      }
    }
  }
  return undefined;
}

/**
 * Disjoint cycles of a directed graph, each written from its first node in `nodes` order back to itself
 * (`[a, b, a]`); removing the reported cycles' edges may reveal more.
 */
export function findCycles(nodes: string[], next: (node: string) => string[]): string[][] {
  const inCycle = new Set<string>();
  const cycles: string[][] = [];
  for (const node of nodes) {
    if (inCycle.has(node)) {
      continue;
    }
    const cycle = cycleThrough(node, next, inCycle);
    if (cycle !== undefined) {
      cycle.forEach((n) => inCycle.add(n));
      cycles.push(cycle);
    }
  }
  return cycles;
}

export const showCycle = (cycle: string[]) => cycle.join(' → ');
