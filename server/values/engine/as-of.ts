import { versionInForce } from '../../registry/in-force';
import { RegistryError, type VersionRecord } from '../../registry/types';
import { type TimeRange } from '../types';
import { bucketsRange } from './buckets';
import { ValueEngineError } from './errors';
import { type DefinitionMode } from './types';

/** One version computing a run of consecutive buckets. */
export interface VersionPiece {
  record: VersionRecord;
  approved: boolean;
  range: TimeRange;
  times: number[];
}

export interface AsOfInput {
  kpiId: string;
  versions: readonly VersionRecord[];
  mode: DefinitionMode;
  range: TimeRange;
  times: number[];
  intervalMs: number;
  now: Date;
}

const wasApproved = (v: VersionRecord): boolean => v.effectiveFrom !== null;

function latest(input: AsOfInput): VersionRecord {
  const record = input.versions[input.versions.length - 1];
  if (record === undefined) {
    throw new RegistryError('not_found', `KPI ${input.kpiId} has no versions`);
  }
  return record;
}

/** The version in force at `at`; a KPI never approved falls back to its latest version. */
function inForceOrLatest(input: AsOfInput, at: string): VersionRecord {
  return versionInForce(input.versions, at) ?? latest(input);
}

function pinned(input: AsOfInput, version: number): VersionRecord {
  const record = input.versions.find((v) => v.version === version);
  if (record === undefined) {
    throw new RegistryError('not_found', `KPI ${input.kpiId} has no version ${version}`);
  }
  return record;
}

function whole(input: AsOfInput, record: VersionRecord): VersionPiece[] {
  return [{ record, approved: wasApproved(record), range: input.range, times: input.times }];
}

/** Splits the buckets where the version in force at their start changes. */
function splitByEffective(input: AsOfInput): VersionPiece[] {
  const pieces: VersionPiece[] = [];
  for (const t of input.times) {
    const record = inForceOrLatest(input, new Date(t).toISOString());
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.record.version === record.version) {
      last.times.push(t);
    } else {
      pieces.push({ record, approved: wasApproved(record), range: input.range, times: [t] });
    }
  }
  return pieces.map((p) => ({ ...p, range: bucketsRange(input.range, p.times, input.intervalMs) }));
}

/** Which version computes which buckets, per DESIGN §4 "As-of semantics". */
export function resolveVersions(input: AsOfInput): VersionPiece[] {
  const { mode } = input;
  if (mode === 'effective') {
    return splitByEffective(input);
  }
  if (mode === 'current') {
    return whole(input, inForceOrLatest(input, input.now.toISOString()));
  }
  if ('version' in mode) {
    return whole(input, pinned(input, mode.version));
  }
  if (Number.isNaN(Date.parse(mode.asOf))) {
    throw new ValueEngineError('invalid-request', `definition.asOf must be an ISO-8601 time, got "${mode.asOf}"`);
  }
  return whole(input, inForceOrLatest(input, new Date(Date.parse(mode.asOf)).toISOString()));
}
