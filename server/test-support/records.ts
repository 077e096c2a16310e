import { type ResourceDocument } from '../../core/schema';
import { type VersionRecord } from '../registry/types';

/** A whole version record of `document`, approved and in force since 2000 unless `overrides` say otherwise. */
export function approvedRecord(document: ResourceDocument, overrides: Partial<VersionRecord> = {}): VersionRecord {
  return {
    kind: document.kind,
    id: document.metadata.id,
    version: 1,
    parent: null,
    hash: `${document.metadata.id}#1`,
    document,
    author: 'erin',
    message: '',
    createdAt: '2000-01-01T00:00:00.000Z',
    state: 'approved',
    approver: 'avery',
    decidedAt: '2000-01-01T00:00:00.000Z',
    effectiveFrom: '2000-01-01T00:00:00.000Z',
    ...overrides,
  };
}
