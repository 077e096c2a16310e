/** How many leading items to render at once: those within the budget (px), and the one crossing it. */
export function eagerCount(heights: number[], budget: number): number {
  let used = 0;
  for (let i = 0; i < heights.length; i++) {
    used += heights[i] ?? 0;
    if (used >= budget) {
      return i + 1;
    }
  }
  return heights.length;
}

/** Consecutive runs of at most `size` items. */
export function chunked<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

/** Each group's items in runs of at most `size`, with the position of each run's first item in all the groups. */
export function runsWithPosition<T>(groups: T[][], size: number): Array<Array<{ first: number; items: T[] }>> {
  let position = 0;
  return groups.map((items) =>
    chunked(items, size).map((run) => {
      const first = position;
      position += run.length;
      return { first, items: run };
    })
  );
}
