import { type VersionRecord } from './types';

const effectiveMs = (v: VersionRecord): number => (v.effectiveFrom === null ? NaN : Date.parse(v.effectiveFrom));

/**
 * The version in force at `at`: of the versions that were approved (retired ones included: they were in
 * force until retirement), the highest-numbered one whose effective time is not after `at`. A later version
 * back-dated before an earlier one's effective time replaces it from its own effective time on. Before every
 * approved version took effect, the lowest-numbered one is in force, so history imported later is computed.
 */
export function versionInForce(versions: readonly VersionRecord[], at: string): VersionRecord | null {
  const approved = versions.filter((v) => v.effectiveFrom !== null).sort((a, b) => a.version - b.version);
  const atMs = Date.parse(at);
  const started = approved.filter((v) => effectiveMs(v) <= atMs);
  return started[started.length - 1] ?? approved[0] ?? null;
}
