import {
  type FreezeWindowDocument,
  type JourneyDocument,
  type KpiDocument,
  type ResourceDocument,
} from '../../../core/schema';
import { type Actor, type Registry, RegistryError } from '../types';

export const editor: Actor = { name: 'erin', role: 'editor' };
export const approver: Actor = { name: 'avery', role: 'approver' };
export const otherApprover: Actor = { name: 'blake', role: 'approver' };
export const admin: Actor = { name: 'root', role: 'admin' };
export const viewer: Actor = { name: 'vic', role: 'viewer' };
/** A CI pipeline's service token: the only credential that may name a reviewer (approvedBy). */
/** Puts the document and approves that version (by `approver`, so four-eyes holds). */
export async function putApproved(registry: Registry, doc: ResourceDocument, author: Actor = editor): Promise<void> {
  const { version } = await registry.put(doc, author);
  await registry.approve(doc.kind, doc.metadata.id, version.version, approver);
}

export const ciService: Actor = { name: 'ci-bot', role: 'approver', credential: 'service' };

/** A clock the tests move by hand. */
export class TestClock {
  private ms: number;
  constructor(iso = '2026-03-01T09:00:00.000Z') {
    this.ms = Date.parse(iso);
  }
  readonly now = (): Date => new Date(this.ms);
  set(iso: string): void {
    this.ms = Date.parse(iso);
  }
  iso(): string {
    return new Date(this.ms).toISOString();
  }
}

type KpiSpec = KpiDocument['spec'];

export function kpi(
  id: string,
  spec: Partial<KpiSpec> = {},
  metadata: Partial<KpiDocument['metadata']> = {}
): KpiDocument {
  return {
    apiVersion: 'scorecard/v1',
    kind: 'KPI',
    metadata: { id, ...metadata },
    spec: {
      name: `KPI ${id}`,
      perspective: 'customer',
      indicator: 'lagging',
      unit: 'score',
      direction: 'higher-is-better',
      target: 45,
      thresholds: { redFlag: 20, goal: 45 },
      owner: 'head-of-cs',
      calculation: {
        measure: { source: 'interactions', aggregate: 'nps', field: 'value', filter: { event: 'nps_response' } },
      },
      ...spec,
    },
  };
}

export const sqlKpi = (id: string): KpiDocument =>
  kpi(id, { calculation: { sql: { query: 'SELECT count(*) FROM events WHERE time >= $__timeFrom' } } });

export const expressionKpi = (id: string, inputs: Record<string, string>): KpiDocument =>
  kpi(id, { calculation: { expression: { expr: Object.keys(inputs).join(' + '), inputs } } });

export function freezeWindow(id: string, spec: Partial<FreezeWindowDocument['spec']> = {}): FreezeWindowDocument {
  return {
    apiVersion: 'scorecard/v1',
    kind: 'FreezeWindow',
    metadata: { id },
    spec: {
      from: '2026-03-25T00:00:00Z',
      to: '2026-04-05T00:00:00Z',
      scope: { labels: { division: 'emea' } },
      reason: 'quarter close',
      ...spec,
    },
  };
}

export { scorecardDoc as scorecard } from '../../test-support/documents';

export function journey(id: string, metadata: Partial<JourneyDocument['metadata']> = {}): JourneyDocument {
  return {
    apiVersion: 'scorecard/v1',
    kind: 'Journey',
    metadata: { id, ...metadata },
    spec: {
      name: `Journey ${id}`,
      source: 'events',
      conversionWindow: '30d',
      order: 'ordered',
      stages: [
        { id: 'acquisition', name: 'Acquisition', match: { event: 'signup' }, kpis: [] },
        { id: 'activation', name: 'Activation', match: { event: 'activated' }, kpis: [] },
      ],
    },
  };
}

/** The RegistryError code a promise rejects with (fails the test when it resolves or throws something else). */
export async function errorOf(promise: Promise<unknown>): Promise<RegistryError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof RegistryError) {
      return err;
    }
    throw err;
  }
  throw new Error('expected a RegistryError, but the call succeeded');
}

export const ids = (docs: ResourceDocument[]): string[] => docs.map((d) => `${d.kind}/${d.metadata.id}`);
