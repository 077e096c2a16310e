// What a failed load says: Grafana's fetch errors are plain objects {status, data: {message}}, not Error instances.

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value)) : undefined;

export function isNotFound(cause: unknown): boolean {
  return record(cause)?.status === 404;
}

/** The cause's message (its own, else its response's), else its text. */
export function errorText(cause: unknown): string {
  if (cause instanceof Error) {
    return cause.message;
  }
  const fields = record(cause);
  const message = fields?.message ?? record(fields?.data)?.message;
  if (typeof message === 'string' && message) {
    return typeof fields?.status === 'number' ? `${message} (HTTP ${fields.status})` : message;
  }
  return fields ? JSON.stringify(cause) : String(cause);
}

export const asError = (cause: unknown): Error => (cause instanceof Error ? cause : new Error(errorText(cause)));
