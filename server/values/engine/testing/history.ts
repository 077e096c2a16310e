import { type KpiDocument } from '../../../../core/schema';
import { kpi } from '../../../registry/contract/fixtures';
import { RegistryError, type Registry, type VersionRecord } from '../../../registry/types';

type Calculation = KpiDocument['spec']['calculation'];

export const countOf = (event: string): Calculation => ({
  measure: { source: 'events', aggregate: 'count', filter: { event } },
});
export const expressionOf = (expr: string, inputs: Record<string, string>): Calculation => ({
  expression: { expr, inputs },
});
export const kpiWith = (id: string, calculation: Calculation, minimumSample?: number): KpiDocument =>
  kpi(id, minimumSample === undefined ? { calculation } : { calculation, minimumSample });

/** KPI version histories in memory, read like the registry's `versions`. */
export class FakeHistory implements Pick<Registry, 'versions'> {
  private readonly records = new Map<string, VersionRecord[]>();
  reads = 0;

  /** Appends version n+1; approved when `effectiveFrom` is given. */
  add(doc: KpiDocument, effectiveFrom: string | null = null): VersionRecord {
    const id = doc.metadata.id;
    const list = this.records.get(id) ?? [];
    const version = list.length + 1;
    const record: VersionRecord = {
      kind: 'KPI',
      id,
      version,
      parent: version === 1 ? null : version - 1,
      hash: `${id}#${version}:${JSON.stringify(doc.spec.calculation).length}`,
      document: doc,
      author: 'erin',
      message: '',
      createdAt: '2025-12-01T00:00:00.000Z',
      state: effectiveFrom === null ? 'proposed' : 'approved',
      approver: effectiveFrom === null ? null : 'avery',
      decidedAt: effectiveFrom,
      effectiveFrom,
    };
    this.records.set(id, [...list, record]);
    return record;
  }

  /** Approves version n from `effectiveFrom`. */
  approve(id: string, version: number, effectiveFrom: string): void {
    const list = this.records.get(id) ?? [];
    this.records.set(
      id,
      list.map((r) => (r.version === version ? { ...r, state: 'approved', approver: 'avery', effectiveFrom } : r))
    );
  }

  async versions(_kind: string, id: string): Promise<VersionRecord[]> {
    this.reads += 1;
    const list = this.records.get(id);
    if (list === undefined) {
      throw new RegistryError('not_found', `KPI "${id}" not found`);
    }
    return list;
  }
}
