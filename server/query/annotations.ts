import { type Registry } from '../registry/types';
import { type CheckInStore, type TimeRange } from '../values/types';
import { frameJson, type FrameJson } from './frame';

interface Annotation {
  time: number;
  timeEnd: number | null;
  title: string;
  text: string;
  tags: string[];
}

type Include = 'definition-changes' | 'freeze-windows' | 'check-ins';

async function definitionChanges(registry: Registry, kpis: string[], range: TimeRange): Promise<Annotation[]> {
  const out: Annotation[] = [];
  for (const kpi of kpis) {
    for (const v of await registry.versions('KPI', kpi)) {
      const at = v.effectiveFrom ? Date.parse(v.effectiveFrom) : NaN;
      if (v.state !== 'rejected' && at >= range.from && at < range.to) {
        const title = `${kpi} v${v.version} in force`;
        const text = `${v.message || 'no message'} (author ${v.author}${v.approver ? `, approved by ${v.approver}` : ''})`;
        out.push({ time: at, timeEnd: null, title, text, tags: ['definition-change', kpi] });
      }
    }
  }
  return out;
}

async function freezeWindows(registry: Registry, range: TimeRange): Promise<Annotation[]> {
  const out: Annotation[] = [];
  for (const s of await registry.list('FreezeWindow')) {
    if (s.approvedVersion === null) {
      continue;
    }
    const { document: d } = await registry.get('FreezeWindow', s.id, { version: s.approvedVersion });
    if (d.kind !== 'FreezeWindow') {
      continue;
    }
    const from = Date.parse(d.spec.from);
    const to = Date.parse(d.spec.to);
    if (from < range.to && to > range.from) {
      out.push({ time: from, timeEnd: to, title: `Freeze: ${s.id}`, text: d.spec.reason, tags: ['freeze-window'] });
    }
  }
  return out;
}

async function checkInNotes(store: CheckInStore, kpis: string[], range: TimeRange): Promise<Annotation[]> {
  const out: Annotation[] = [];
  for (const kpi of kpis) {
    for (const c of await store.list(kpi, range)) {
      if (c.note !== '') {
        out.push({
          time: c.time,
          timeEnd: null,
          title: `${kpi}: ${c.value}`,
          text: `${c.note} (${c.author})`,
          tags: ['check-in', kpi],
        });
      }
    }
  }
  return out;
}

/** One annotations frame (time, timeEnd, title, text, tags) as Grafana reads from a datasource. */
export async function annotationsFrame(
  deps: { registry: Registry; checkIns: CheckInStore },
  q: { kpis?: string[]; include?: Include[] },
  range: TimeRange,
  refId: string
): Promise<FrameJson> {
  const include = new Set<Include>(q.include ?? ['definition-changes', 'freeze-windows', 'check-ins']);
  const kpis = q.kpis ?? (await deps.registry.list('KPI')).map((s) => s.id);
  const all = [
    ...(include.has('definition-changes') ? await definitionChanges(deps.registry, kpis, range) : []),
    ...(include.has('freeze-windows') ? await freezeWindows(deps.registry, range) : []),
    ...(include.has('check-ins') ? await checkInNotes(deps.checkIns, kpis, range) : []),
  ].sort((a, b) => a.time - b.time);
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
