import { errorMessage } from '../error-message';

const MAX_MESSAGE = 500;

/** Replaces URLs (connection strings) and password=… pairs in any text meant for a client or a log. */
export function redactSecrets(text: string): string {
  return text
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s'"]*/gi, '<url>')
    .replace(/\b(password|passwd|pwd|sslpassword|sslkey)\s*=\s*('[^']*'|"[^"]*"|[^\s)'",;]+)/gi, '$1=<redacted>');
}

/** One line, no stack, no connection string or password pair, at most 500 characters. */
export function safeMessage(err: unknown): string {
  const firstLine = errorMessage(err).split(/\r?\n/, 1)[0] ?? '';
  const clean = redactSecrets(firstLine).trim();
  const text = clean === '' ? 'unknown error' : clean;
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text;
}

/** An error for the log: its type, message and stack, with secrets redacted. */
export function loggableError(err: unknown): { type: string; message: string; stack?: string } {
  const type = err instanceof Error ? err.name : typeof err;
  const stack = err instanceof Error && err.stack !== undefined ? { stack: redactSecrets(err.stack) } : {};
  return { type, message: redactSecrets(errorMessage(err)), ...stack };
}
