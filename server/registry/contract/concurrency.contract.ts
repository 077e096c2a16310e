import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { editor, kpi } from './fixtures';
import { type RegistryHarness } from './harness';
import { RegistryError, type Registry } from '../types';

type Outcome = { writer: number; landed: number } | { writer: number; conflict: true };

function report(what: string, started: number): void {
  if (process.env.REGISTRY_TIMINGS) {
    process.stdout.write(`${what}: ${Math.round(performance.now() - started)} ms\n`);
  }
}

/** Reads the KPI, then puts its own description with ifMatch = the version it read. */
async function writer(registry: Registry, n: number): Promise<Outcome> {
  const read = await registry.get('KPI', 'shared');
  try {
    const put = await registry.put(kpi('shared', { description: `writer ${n}` }), editor, { ifMatch: read.version });
    return { writer: n, landed: put.version.version };
  } catch (err) {
    if (err instanceof RegistryError && err.code === 'conflict') {
      return { writer: n, conflict: true };
    }
    throw err;
  }
}

export function concurrencyContract(h: RegistryHarness): void {
  it('50 concurrent writers with ifMatch: each lands as its own version or gets conflict, no gaps', async () => {
    const { registry } = await h.open();
    await registry.put(kpi('shared'), editor);
    const started = performance.now();
    // staggered starts, so that some writers read after others have landed
    const staggered = (n: number) => delay((n * 7) % 40).then(() => writer(registry, n));
    const outcomes = await Promise.all(Array.from({ length: 50 }, (_, n) => staggered(n)));
    const landed = outcomes.flatMap((o) => ('landed' in o ? [o] : []));
    report(`${h.kind}: 50 concurrent writers (${landed.length} landed)`, started);
    expect(landed.length).toBeGreaterThanOrEqual(1);
    expect(landed.length + outcomes.filter((o) => 'conflict' in o).length).toBe(50);
    const versions = await registry.versions('KPI', 'shared');
    expect(versions.map((v) => v.version)).toEqual(Array.from({ length: landed.length + 1 }, (_, i) => i + 1));
    expect(versions.map((v) => v.parent)).toEqual(versions.map((v) => (v.version === 1 ? null : v.version - 1)));
    for (const { writer: n, landed: version } of landed) {
      const doc = versions[version - 1]?.document;
      expect(doc?.kind === 'KPI' && doc.spec.description).toBe(`writer ${n}`);
    }
    expect(await registry.verifyAudit()).toMatchObject({
      ok: true,
      entries: landed.length + 1,
      versions: landed.length + 1,
    });
  });

  it('writers that re-read after a conflict all land eventually', async () => {
    const { registry } = await h.open();
    await registry.put(kpi('shared'), editor);
    const started = performance.now();
    const persistent = async (n: number): Promise<number> => {
      for (;;) {
        const outcome = await writer(registry, n);
        if ('landed' in outcome) {
          return outcome.landed;
        }
      }
    };
    const landed = await Promise.all(Array.from({ length: 10 }, (_, n) => persistent(n)));
    report(`${h.kind}: 10 retrying writers`, started);
    expect([...landed].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(await registry.verifyAudit()).toMatchObject({ ok: true, entries: 11, versions: 11 });
  });

  it('appends concurrent changes to different resources to one unforked chain', async () => {
    const { registry } = await h.open();
    const started = performance.now();
    await Promise.all(Array.from({ length: 30 }, (_, n) => registry.put(kpi(`k${n}`), editor)));
    report(`${h.kind}: 30 concurrent puts to different KPIs`, started);
    const entries = await registry.audit();
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(new Set(entries.map((e) => e.prevHash)).size).toBe(30);
    expect(await registry.verifyAudit()).toMatchObject({ ok: true, entries: 30, versions: 30 });
    expect(await registry.list('KPI')).toHaveLength(30);
  });
}
