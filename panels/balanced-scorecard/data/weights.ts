/** A weight as given when it is a number ≥ 0, else 1 when missing; a negative one counts 0 and is said. */
export function weightOf(weight: number | null, what: string, problems: string[]): number {
  if (weight !== null && weight < 0) {
    problems.push(`${what} has weight ${weight}, below 0: counted with weight 0`);
    return 0;
  }
  return weight ?? 1;
}
