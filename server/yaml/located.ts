/** A problem at a place in a file; line and col are 1-based. */
export interface Located {
  file: string;
  line: number;
  col: number;
  message: string;
}

/** Orders problems by the files' order in `files`, then by line and column; ties keep their order. */
export function sortLocated(problems: Located[], files: string[]): Located[] {
  const order = new Map(files.map((file, i) => [file, i]));
  const rank = (p: Located) => order.get(p.file) ?? files.length;
  return [...problems].sort((a, b) => rank(a) - rank(b) || a.line - b.line || a.col - b.col);
}
