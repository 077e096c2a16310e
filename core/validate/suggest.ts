function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, substitution));
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** ` (did you mean "x"?)` for the closest candidate within a few edits of `name`, else ''. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const limit = Math.floor(name.length / 4);
  let best: { candidate: string; d: number } | undefined;
  for (const candidate of candidates) {
    const d = distance(name, candidate);
    if (d <= limit && (best === undefined || d < best.d)) {
      best = { candidate, d };
    }
  }
  return best === undefined ? '' : ` (did you mean "${best.candidate}"?)`;
}
