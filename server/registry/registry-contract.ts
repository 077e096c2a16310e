import { type StorePlace } from '../store/store-contract';
import { type StoreKind } from '../store/store';
import { applyContract } from './contract/apply.contract';
import { asOfContract } from './contract/as-of.contract';
import { auditContract } from './contract/audit.contract';
import { auditTamperContract } from './contract/audit-tamper.contract';
import { concurrencyContract } from './contract/concurrency.contract';
import { cyclesContract } from './contract/cycles.contract';
import { freezeContract } from './contract/freeze.contract';
import { freezeScopeContract } from './contract/freeze-scope.contract';
import { governanceContract } from './contract/governance.contract';
import { useHarness } from './contract/harness';
import { versionsContract } from './contract/versions.contract';

/** The behaviour every store must give the registry; run once per engine, each test on an empty store. */
export function describeRegistryContract(kind: StoreKind, newPlace: () => Promise<StorePlace>): void {
  describe(`Registry contract: ${kind}`, () => {
    const h = useHarness(kind, newPlace);
    describe('versions', () => versionsContract(h));
    describe('as-of: the version in force', () => asOfContract(h));
    describe('governance', () => governanceContract(h));
    describe('freeze windows', () => freezeContract(h));
    describe('freeze windows over scorecards and journeys', () => freezeScopeContract(h));
    describe('plan, apply, export', () => applyContract(h));
    describe('audit log', () => auditContract(h));
    describe('audit verify: versions and chain head', () => auditTamperContract(h));
    describe('concurrency', () => concurrencyContract(h));
    describe('expression input cycles', () => cyclesContract(h));
  });
}
