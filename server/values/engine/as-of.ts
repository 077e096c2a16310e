import { versionInForce } from '../../registry/in-force';
import { RegistryError, type VersionRecord } from '../../registry/types';
import { type TimeRange } from '../types';
import { type BucketGrid, gridRange, subGrid } from './buckets';
import { ValueEngineError } from './errors';
import { type DefinitionMode } from './types';

/** One version computing a run of consecutive buckets. */
export interface VersionPiece {
  record: VersionRecord;
  approved: boolean;
  range: TimeRange;
  grid: BucketGrid;
}

export interface AsOfInput {
  kpiId: string;
  versions: readonly VersionRecord[];
  mode: DefinitionMode;
  range: TimeRange;
  grid: BucketGrid;
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
  return [{ record, approved: wasApproved(record), range: input.range, grid: input.grid }];
}

/** Splits the buckets where the version in force at their start changes. */
function splitByEffective(input: AsOfInput): VersionPiece[] {
  const runs: Array<{ record: VersionRecord; from: number; to: number }> = [];
  input.grid.starts.forEach((t, i) => {
    const record = inForceOrLatest(input, new Date(t).toISOString());
    const last = runs[runs.length - 1];
    if (last !== undefined && last.record.version === record.version) {
      last.to = i + 1;
    } else {
      runs.push({ record, from: i, to: i + 1 });
    }
  });
  return runs.map(({ record, from, to }) => {
    const grid = subGrid(input.grid, from, to);
    return { record, approved: wasApproved(record), range: gridRange(input.range, grid), grid };
  });
}

/** Which version computes which buckets (docs/architecture.md, Version in force and as-of). */
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
