const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Double-quotes a validated identifier; anything else is refused rather than escaped. */
export function quoteIdentifier(name: string, what: string): string {
  if (!IDENTIFIER.test(name)) {
    throw new Error(
      `${what}: "${name}" is not a plain SQL identifier (letters, digits and _, not starting with a digit)`
    );
  }
  return `"${name}"`;
}

/** `table` or `schema.table`, each part quoted. */
export function quoteTable(table: string, what: string): string {
  const parts = table.split('.');
  if (parts.length > 2) {
    throw new Error(`${what}: "${table}" has more than one "."; use table or schema.table`);
  }
  return parts.map((part) => quoteIdentifier(part, what)).join('.');
}
