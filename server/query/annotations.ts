import { type KpiDocument } from '../../core/schema';
import { windowCovers } from '../registry/freeze';
import { type Registry } from '../registry/types';
import { type CheckInStore, type TimeRange } from '../values/types';
import { annotationKpis } from './annotation-kpis';
import { escalationAnnotations } from './escalation-annotations';
import { type EscalationSource } from './escalation-source';
import { frameJson, type FrameJson } from './frame';
import { currentKpiDocs } from './kpi-docs';

export interface Annotation {
  time: number;
  timeEnd: number | null;
  title: string;
  text: string;
  tags: string[];
}

type Include = 'definition-changes' | 'freeze-windows' | 'check-ins' | 'escalations';
type Deps = { registry: Registry; checkIns: CheckInStore; escalations?: EscalationSource; now?: () => number };

/** The KPIs asked for (all when none), current definitions by id; unknown ids are named by their id. */
async function kpiDocs(registry: Registry, ids: string[] | undefined): Promise<Map<string, KpiDocument | null>> {
  return currentKpiDocs(registry, ids ?? (await registry.list('KPI')).map((s) => s.id));
}

const nameOf = (id: string, doc: KpiDocument | null | undefined) => doc?.spec.name ?? id;

async function definitionChanges(registry: Registry, kpis: Map<string, KpiDocument | null>, range: TimeRange) {
  const out: Annotation[] = [];
  for (const [kpi, doc] of kpis) {
    const versions = doc === null ? [] : await registry.versions('KPI', kpi);
    for (const v of versions) {
      const at = v.effectiveFrom ? Date.parse(v.effectiveFrom) : NaN;
      if ((v.state === 'approved' || v.state === 'retired') && at >= range.from && at < range.to) {
        const who = `author ${v.author}${v.approver ? `, approved by ${v.approver}` : ''}`;
        out.push({
          time: at,
          timeEnd: null,
          title: `${nameOf(kpi, doc)}: definition v${v.version} in force`,
          text: `${v.message || 'no message'} (${who})`,
          tags: ['definition-change', kpi, `v${v.version}`],
        });
      }
    }
  }
  return out;
}

/** Approved windows overlapping the range; with KPIs asked for, only windows covering one of them. */
async function freezeWindows(registry: Registry, kpis: Map<string, KpiDocument | null> | null, range: TimeRange) {
  const out: Annotation[] = [];
  for (const s of await registry.list('FreezeWindow')) {
    const { document: d } =
      s.approvedVersion === null
        ? { document: null }
        : await registry.get('FreezeWindow', s.id, { version: s.approvedVersion });
    if (d?.kind !== 'FreezeWindow') {
      continue;
    }
    const from = Date.parse(d.spec.from);
    const to = Date.parse(d.spec.to);
    const relevant = kpis === null || [...kpis.values()].some((doc) => doc !== null && windowCovers(d, doc));
    if (relevant && from < range.to && to > range.from) {
      out.push({
        time: from,
        timeEnd: to,
        title: `Freeze window ${s.id}`,
        text: d.spec.reason,
        tags: ['freeze-window', s.id],
      });
    }
  }
  return out;
}

async function checkInNotes(store: CheckInStore, kpis: Map<string, KpiDocument | null>, range: TimeRange) {
  const out: Annotation[] = [];
  for (const [kpi, doc] of kpis) {
    for (const c of await store.list(kpi, range)) {
      if (c.note !== '') {
        const title = `${nameOf(kpi, doc)}: check-in ${c.value}`;
        out.push({ time: c.time, timeEnd: null, title, text: `${c.note} (${c.author})`, tags: ['check-in', kpi] });
      }
    }
  }
  return out;
}

/** One annotations frame (time, timeEnd, title, text, tags) as Grafana reads from a datasource. */
export async function annotationsFrame(
  deps: Deps,
  q: { kpis?: string[]; scorecard?: string; journey?: string; include?: Include[] },
  range: TimeRange,
  refId: string
): Promise<FrameJson> {
  // escalations only when asked for, so saved queries without `include` read as they did
  const include = new Set<Include>(q.include ?? ['definition-changes', 'freeze-windows', 'check-ins']);
  const ids = await annotationKpis(deps.registry, q);
  const kpis = await kpiDocs(deps.registry, ids);
  const all = [
    ...(include.has('definition-changes') ? await definitionChanges(deps.registry, kpis, range) : []),
    ...(include.has('freeze-windows') ? await freezeWindows(deps.registry, ids ? kpis : null, range) : []),
    ...(include.has('check-ins') ? await checkInNotes(deps.checkIns, kpis, range) : []),
    ...(include.has('escalations') ? await escalationAnnotations(deps, ids, range) : []),
  ].sort((a, b) => a.time - b.time || a.title.localeCompare(b.title));
  return frameJson({
    name: 'annotations',
    refId,
    fields: [
      { name: 'time', type: 'time', values: all.map((a) => a.time) },
      { name: 'timeEnd', type: 'time', values: all.map((a) => a.timeEnd) },
      { name: 'isRegion', type: 'boolean', values: all.map((a) => a.timeEnd !== null) },
      { name: 'title', type: 'string', values: all.map((a) => a.title) },
      { name: 'text', type: 'string', values: all.map((a) => a.text) },
      { name: 'tags', type: 'other', values: all.map((a) => a.tags) },
    ],
  });
}
