import { RegistryError, type AuditHead } from './types';

const HEAD = /^(\d+):([0-9a-f]{64})$/;

/** `<entries>:<sha-256 hex>`, the form `audit verify` prints and `--expect-head` reads. */
export function formatAuditHead(head: AuditHead): string {
  return `${head.entries}:${head.hash}`;
}

export function parseAuditHead(text: string): AuditHead {
  const match = HEAD.exec(text.trim().toLowerCase());
  const entries = Number(match?.[1]);
  const hash = match?.[2];
  if (hash === undefined || !Number.isSafeInteger(entries)) {
    throw new RegistryError(
      'invalid',
      `the expected chain head must be <entries>:<sha-256 hex> as audit verify prints it, e.g. 12:${'0'.repeat(64)}; got "${text}"`,
      'expectHead'
    );
  }
  return { entries, hash };
}
