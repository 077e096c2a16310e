import { main } from '../cli';
import { createRegistry } from '../registry';
import { approver, editor, kpi } from '../registry/contract/fixtures';
import { type Registry } from '../registry/types';
import { type Store } from '../store/store';
import { type StorePlace } from '../store/store-contract';
import { duckDbPlace, postgresPlace } from '../test-support/places';

type Place = StorePlace & { spec: string };

const places: Array<[string, () => Promise<Place>]> = [
  [
    'duckdb',
    async () => {
      const p = await duckDbPlace();
      return { ...p, spec: p.file };
    },
  ],
  ['postgres', postgresPlace],
];

/** Runs `scorecard audit verify --store <spec> ...args` in this process; returns exit code and output. */
async function verify(spec: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    await main(['node', 'scorecard', 'audit', 'verify', '--store', spec, ...args]);
    return { code: Number(process.exitCode ?? 0), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    process.exitCode = undefined;
  }
}

/** Opens the place, runs `fn` on its registry and closes the store again (DuckDB allows one process). */
async function onStore<T>(place: Place, fn: (registry: Registry, store: Store) => Promise<T>): Promise<T> {
  const store = await place.open();
  try {
    return await fn(await createRegistry(store), store);
  } finally {
    await store.close();
  }
}

/** Three entries: create a, create b, approve a; returns the head as `3:<hash of entry 3>`. */
async function history(place: Place): Promise<string> {
  return onStore(place, async (registry) => {
    await registry.put(kpi('a'), editor);
    await registry.put(kpi('b'), editor);
    await registry.approve('KPI', 'a', 1, approver);
    const [third] = await registry.audit({ after: 2 });
    return `3:${third?.hash ?? ''}`;
  });
}

describe.each(places)('scorecard audit verify on %s', (_kind, newPlace) => {
  let place: Place;
  beforeEach(async () => {
    place = await newPlace();
  });
  afterEach(() => place.dispose());

  it('prints the chain head, which --expect-head accepts after more entries were appended', async () => {
    const head = await history(place);
    const first = await verify(place.spec);
    expect(first.code).toBe(0);
    expect(first.out).toContain('audit log intact: 3 entries, 2 version documents match their SHA-256');
    expect(first.out).toContain(`chain head: ${head}\n`);
    await onStore(place, (registry) => registry.put(kpi('c'), editor));
    const later = await verify(place.spec, '--expect-head', head);
    expect(later.code).toBe(0);
    expect(later.out).toContain(`the log still reaches the expected head ${head}`);
    expect(later.out).toMatch(/chain head: 4:[0-9a-f]{64}\n/);
  });

  it('fails naming a version whose document was edited in the store', async () => {
    await history(place);
    await onStore(place, (_registry, store) =>
      store.sql.exec(`UPDATE registry_versions SET document = replace(document, '"target":45', '"target":46')
        WHERE kind = 'KPI' AND id = 'b' AND version = 1`)
    );
    const result = await verify(place.spec);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /\n {2}version KPI b v1: its document hashes to [0-9a-f]{64}, not its SHA-256 [0-9a-f]{64}: it was edited\n/
    );
    expect(result.err).toBe('scorecard: 1 stored version was tampered with\n');
  });

  it('catches a tail deleted together with the chain head only with --expect-head', async () => {
    const head = await history(place);
    await onStore(place, async (registry, store) => {
      const [second] = await registry.audit({ after: 1, limit: 1 });
      await store.sql.exec('DELETE FROM audit_log WHERE seq = 3');
      await store.sql.exec('UPDATE audit_head SET seq = 2, hash = $1 WHERE id = 1', [second?.hash ?? '']);
    });
    expect((await verify(place.spec)).code).toBe(0);
    const checked = await verify(place.spec, '--expect-head', head);
    expect(checked.code).toBe(1);
    expect(checked.out).toContain(
      `  expected head ${head}: the log holds 2 entries, fewer than the 3 expected: entry 3 was deleted from its end\n`
    );
    expect(checked.err).toBe('scorecard: the log no longer reaches the expected chain head\n');
  });

  it('refuses a malformed --expect-head as a usage error', async () => {
    await history(place);
    const result = await verify(place.spec, '--expect-head', '3-abc');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--expect-head: the expected chain head must be <entries>:<sha-256 hex>');
  });
});
