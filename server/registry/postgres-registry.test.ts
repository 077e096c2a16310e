import { postgresPlace } from '../test-support/places';
import { editor, kpi } from './contract/fixtures';
import { useHarness } from './contract/harness';
import { describeRegistryContract } from './registry-contract';

describeRegistryContract('postgres', postgresPlace);

describe('Registry on PostgreSQL replicas', () => {
  const h = useHarness('postgres', postgresPlace);

  it('keeps one audit chain and one version sequence when two replicas write at once', async () => {
    const { registry: a, place } = await h.open();
    const b = await h.attach(place);
    await a.put(kpi('shared'), editor);
    const writes = Array.from({ length: 20 }, (_, n) =>
      (n % 2 === 0 ? a : b).put(kpi('shared', { target: n }), editor)
    );
    const results = await Promise.all(writes);
    expect(results.map((r) => r.version.version).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 2)
    );
    expect(await b.verifyAudit()).toMatchObject({ ok: true, entries: 21, versions: 21, head: { entries: 21 } });
    expect((await a.get('KPI', 'shared')).version).toBe(21);
  });
});
