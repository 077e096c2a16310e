import { type VersionRecord } from './types';

const effectiveMs = (v: VersionRecord): number => (v.effectiveFrom === null ? NaN : Date.parse(v.effectiveFrom));

/** Later effective time first; on a tie the higher version wins. */
function byEffective(a: VersionRecord, b: VersionRecord): number {
  return effectiveMs(a) - effectiveMs(b) || a.version - b.version;
}

/**
 * The version in force at `at`: of the versions that were approved (retired ones included: they were in
 * force until retirement), the one with the latest effective time not after `at`. Before the first of
 * them took effect, that first one is in force too, so history imported later can be computed.
 */
export function versionInForce(versions: readonly VersionRecord[], at: string): VersionRecord | null {
  const effective = versions.filter((v) => v.effectiveFrom !== null).sort(byEffective);
  const atMs = Date.parse(at);
  const started = effective.filter((v) => effectiveMs(v) <= atMs);
  return started[started.length - 1] ?? effective[0] ?? null;
}
