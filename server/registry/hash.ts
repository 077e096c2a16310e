import { createHash } from 'node:crypto';
import { canonicalJson } from '../../core/canonical';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The version hash: SHA-256 of the canonical JSON of the whole normalised document. */
export function documentHash(document: unknown): string {
  return sha256Hex(canonicalJson(document));
}
