// Duck-typed rather than instanceof: errors from Node core come from another realm under jest.
function property(err: unknown, key: string): unknown {
  return typeof err === 'object' && err !== null ? Reflect.get(err, key) : undefined;
}

export function errorMessage(err: unknown): string {
  const message = property(err, 'message');
  return typeof message === 'string' ? message : String(err);
}

/** The `code` of a Node system error (`EEXIST`, `EADDRINUSE`) or a PostgreSQL error (`23505`). */
export function errorCode(err: unknown): string | undefined {
  const code = property(err, 'code');
  return typeof code === 'string' ? code : undefined;
}
