import { type ResourceDocument } from '../../core/schema';
import { type RegistryTarget } from '../client/target';
import { createRegistry } from '../registry';
import { knownResources } from '../registry/known';
import { type Actor, type Registry } from '../registry/types';
import { openStore } from '../store/open-store';
import { type Store } from '../store/store';
import { ensureExampleOrg, exampleOrgDir, loadExampleOrg } from './example-org';

const ADMIN: Actor = { name: 'demo-test', role: 'admin', credential: 'local' };

function targetOn(registry: Registry): RegistryTarget {
  return {
    where: 'test registry',
    known: () => knownResources(registry),
    plan: (docs, opts) => registry.plan(docs, opts),
    apply: (docs, opts) => registry.apply(docs, ADMIN, opts),
    export: () => registry.export(),
    verifyAudit: () => registry.verifyAudit(),
    close: async () => undefined,
  };
}

describe('ensureExampleOrg', () => {
  let store: Store;
  let docs: ResourceDocument[];
  // inside the FY2026 year-end close window of provisioning/scorecards/freeze-windows.yaml
  const inFreeze = () => new Date('2026-12-20T12:00:00Z');

  beforeEach(async () => {
    store = await openStore(':memory:');
    docs = await loadExampleOrg();
  });
  afterEach(() => store.close());

  it('finds provisioning/scorecards from the source tree', () => {
    expect(exampleOrgDir()).toMatch(/provisioning[/\\]scorecards$/);
  });

  it('gets the organisation approved during a freeze window, where one apply of the bundle is refused', async () => {
    const registry = await createRegistry(store, { now: inFreeze });
    const all = registry.apply(docs, ADMIN, { approve: true, approvedBy: 'reviewer' });
    await expect(all).rejects.toThrow('fy2026-year-end-close');
    expect(await ensureExampleOrg(targetOn(registry), docs)).toEqual({ created: 51, unchanged: 0, differing: 0 });
    expect((await registry.get('KPI', 'financial.new-arr', { effective: true })).state).toBe('approved');
    expect((await registry.get('FreezeWindow', 'fy2026-year-end-close')).state).toBe('approved');
  });

  it('creates only what is missing and leaves changed resources alone', async () => {
    const registry = await createRegistry(store);
    const kpi = docs.find((d) => d.metadata.id === 'learning.enps');
    if (kpi?.kind !== 'KPI') {
      throw new Error('the example organisation has no KPI learning.enps');
    }
    const changed = { ...kpi, spec: { ...kpi.spec, target: kpi.spec.target + 1 } };
    await registry.apply([changed], ADMIN, { approve: true });
    const others = docs.length - 1;
    expect(await ensureExampleOrg(targetOn(registry), docs)).toEqual({ created: others, unchanged: 0, differing: 1 });
    expect((await registry.get('KPI', 'learning.enps')).document).toEqual(changed);
    expect(await ensureExampleOrg(targetOn(registry), docs)).toEqual({ created: 0, unchanged: others, differing: 1 });
  });
});
