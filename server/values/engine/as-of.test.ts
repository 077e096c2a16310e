import { RegistryError } from '../../registry/types';
import { resolveVersions } from './as-of';
import { gridOf } from './buckets';
import { countOf, FakeHistory, kpiWith } from './testing/history';
import { at, DAY, JANUARY } from './testing/setup';
import { type DefinitionMode } from './types';

const NOW = new Date('2026-03-01T00:00:00Z');
const grid = gridOf(JANUARY.range, DAY, 'UTC');

async function pieces(history: FakeHistory, mode: DefinitionMode) {
  const versions = await history.versions('KPI', 'k');
  return resolveVersions({ kpiId: 'k', versions, mode, range: JANUARY.range, grid, now: NOW }).map((p) => ({
    version: p.record.version,
    approved: p.approved,
    from: p.range.from,
    to: p.range.to,
    buckets: p.grid.starts.length,
  }));
}

function history(): FakeHistory {
  const h = new FakeHistory();
  h.add(kpiWith('k', countOf('a')), '2026-01-03T00:00:00Z');
  h.add(kpiWith('k', countOf('b')), '2026-01-06T12:00:00Z');
  h.add(kpiWith('k', countOf('c')));
  return h;
}

describe('resolveVersions', () => {
  it('effective: splits at the bucket whose start the next approved version is in force at; the first covers earlier time', async () => {
    expect(await pieces(history(), 'effective')).toEqual([
      { version: 1, approved: true, from: at('2026-01-01T00:00:00Z'), to: at('2026-01-07T00:00:00Z'), buckets: 6 },
      { version: 2, approved: true, from: at('2026-01-07T00:00:00Z'), to: at('2026-01-11T00:00:00Z'), buckets: 4 },
    ]);
  });

  it('current: the version in force now for the whole range, ignoring proposed versions', async () => {
    expect(await pieces(history(), 'current')).toEqual([
      { version: 2, approved: true, from: JANUARY.range.from, to: JANUARY.range.to, buckets: 10 },
    ]);
  });

  it('asOf: the version in force at that time for the whole range', async () => {
    expect((await pieces(history(), { asOf: '2026-01-05T00:00:00Z' }))[0]?.version).toBe(1);
    expect((await pieces(history(), { asOf: '2025-06-01' }))[0]?.version).toBe(1);
    expect((await pieces(history(), { asOf: '2026-02-01T00:00:00+01:00' }))[0]?.version).toBe(2);
  });

  it('version: the pinned version, marked unapproved when it is', async () => {
    expect(await pieces(history(), { version: 3 })).toEqual([
      { version: 3, approved: false, from: JANUARY.range.from, to: JANUARY.range.to, buckets: 10 },
    ]);
    await expect(pieces(history(), { version: 9 })).rejects.toThrow(
      new RegistryError('not_found', 'KPI k has no version 9')
    );
  });

  it('a KPI never approved computes with its latest version in every mode, marked unapproved', async () => {
    const h = new FakeHistory();
    h.add(kpiWith('k', countOf('a')));
    h.add(kpiWith('k', countOf('b')));
    for (const mode of ['effective', 'current', { asOf: '2026-01-01T00:00:00Z' }] as const) {
      expect(await pieces(h, mode)).toEqual([
        { version: 2, approved: false, from: JANUARY.range.from, to: JANUARY.range.to, buckets: 10 },
      ]);
    }
  });
});
