import { type KpiDocument } from '../../core/schema';
import { type Registry, type ResourceSummary, type VersionRecord } from '../registry/types';

export interface KpiInForce {
  summary: ResourceSummary;
  versions: VersionRecord[];
  /** The approved version (for a retired KPI the one retired), else the latest. */
  record: VersionRecord;
  doc: KpiDocument;
}

/** The definition in force of a KPI's versions (oldest first), null when it has none. */
export function definitionInForce(summary: ResourceSummary, versions: readonly VersionRecord[]): VersionRecord | null {
  const wanted = summary.retired
    ? [...versions].reverse().find((v) => v.state === 'retired')?.version
    : summary.approvedVersion;
  return versions.find((v) => v.version === wanted) ?? versions[versions.length - 1] ?? null;
}

/** Every current KPI (with includeRetired the retired ones too), by id, with its definition in force. */
export async function kpisInForce(
  registry: Pick<Registry, 'list' | 'versions'>,
  opts: { includeRetired?: boolean } = {}
): Promise<KpiInForce[]> {
  const summaries = await registry.list('KPI', { includeRetired: opts.includeRetired ?? false });
  const out: KpiInForce[] = [];
  for (const summary of [...summaries].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const versions = await registry.versions('KPI', summary.id);
    const record = definitionInForce(summary, versions);
    if (record?.document.kind === 'KPI') {
      out.push({ summary, versions, record, doc: record.document });
    }
  }
  return out;
}
