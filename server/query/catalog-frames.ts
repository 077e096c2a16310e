import { type KpiDocument } from '../../core/schema';
import { type Registry, type VersionRecord } from '../registry/types';
import { HIDDEN_FROM_VIZ, grafanaUnit, valueInUnit } from './field-config';
import { frameJson, type FrameJson } from './frame';

function calculationType(doc: KpiDocument): string {
  return Object.keys(doc.spec.calculation)[0] ?? 'unknown';
}

type Row = { r: VersionRecord; doc: KpiDocument };

/**
 * A threshold column twice: the numbers (for transformations and sorting, hidden from the table) and the
 * numbers written in each row's unit, which a table can show though units differ from row to row.
 */
function inUnitColumns(name: string, rows: Row[], pick: (doc: KpiDocument) => number) {
  return [
    { name, type: 'number' as const, values: rows.map((x) => pick(x.doc)), config: HIDDEN_FROM_VIZ },
    {
      name: `${name}Text`,
      type: 'string' as const,
      values: rows.map((x) => valueInUnit(pick(x.doc), grafanaUnit(x.doc.spec))),
      config: { displayNameFromDS: name },
    },
  ];
}

/** One row per current KPI: definition, governance state and version. */
export async function catalogFrame(registry: Pick<Registry, 'list' | 'get'>, refId: string): Promise<FrameJson> {
  const records: VersionRecord[] = [];
  for (const summary of await registry.list('KPI')) {
    records.push(
      await registry.get(
        'KPI',
        summary.id,
        summary.approvedVersion === null ? {} : { version: summary.approvedVersion }
      )
    );
  }
  const kpis: Row[] = records.flatMap((r) => (r.document.kind === 'KPI' ? [{ r, doc: r.document }] : []));
  const col = <T>(f: (x: Row) => T) => kpis.map(f);
  return frameJson({
    name: 'catalog',
    refId,
    meta: { preferredVisualisationType: 'table' },
    fields: [
      { name: 'id', type: 'string', values: col((x) => x.doc.metadata.id) },
      { name: 'name', type: 'string', values: col((x) => x.doc.spec.name) },
      { name: 'perspective', type: 'string', values: col((x) => x.doc.spec.perspective) },
      { name: 'journeyStage', type: 'string', values: col((x) => x.doc.spec.journeyStage ?? null) },
      { name: 'indicator', type: 'string', values: col((x) => x.doc.spec.indicator) },
      { name: 'unit', type: 'string', values: col((x) => x.doc.spec.unit) },
      { name: 'direction', type: 'string', values: col((x) => x.doc.spec.direction) },
      ...inUnitColumns('target', kpis, (doc) => doc.spec.target),
      ...inUnitColumns('redFlag', kpis, (doc) => doc.spec.thresholds.redFlag),
      ...inUnitColumns('goal', kpis, (doc) => doc.spec.thresholds.goal),
      { name: 'owner', type: 'string', values: col((x) => x.doc.spec.owner) },
      { name: 'calculation', type: 'string', values: col((x) => calculationType(x.doc)) },
      { name: 'version', type: 'number', values: col((x) => x.r.version) },
      { name: 'state', type: 'string', values: col((x) => x.r.state) },
      {
        name: 'effectiveFrom',
        type: 'time',
        values: col((x) => (x.r.effectiveFrom ? Date.parse(x.r.effectiveFrom) : null)),
      },
      { name: 'definitionHash', type: 'string', values: col((x) => x.r.hash) },
    ],
  });
}

/** Every version of a KPI, oldest first: lineage of its definition. */
export async function versionsFrame(registry: Registry, kpi: string, refId: string): Promise<FrameJson> {
  const versions = await registry.versions('KPI', kpi);
  const col = <T>(f: (v: VersionRecord) => T) => versions.map(f);
  return frameJson({
    name: `${kpi} versions`,
    refId,
    meta: { preferredVisualisationType: 'table', custom: { kpiId: kpi } },
    fields: [
      { name: 'version', type: 'number', values: col((v) => v.version) },
      { name: 'parent', type: 'number', values: col((v) => v.parent) },
      { name: 'state', type: 'string', values: col((v) => v.state) },
      { name: 'author', type: 'string', values: col((v) => v.author) },
      { name: 'approver', type: 'string', values: col((v) => v.approver) },
      { name: 'message', type: 'string', values: col((v) => v.message) },
      { name: 'created', type: 'time', values: col((v) => Date.parse(v.createdAt)) },
      {
        name: 'effectiveFrom',
        type: 'time',
        values: col((v) => (v.effectiveFrom ? Date.parse(v.effectiveFrom) : null)),
      },
      { name: 'hash', type: 'string', values: col((v) => v.hash) },
    ],
  });
}
