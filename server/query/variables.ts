import { type Kind, PERSPECTIVES } from '../../core/schema';
import { type Registry } from '../registry/types';
import { type SqlDb } from '../store/sql';
import { frameJson, type FrameJson } from './frame';

export type VariableName = 'kpis' | 'scorecards' | 'journeys' | 'segments' | 'perspectives' | 'channels' | 'regions';

const RESOURCE: Partial<Record<VariableName, Kind>> = { kpis: 'KPI', scorecards: 'Scorecard', journeys: 'Journey' };
// Only these columns may be listed: the name goes into SQL as an identifier.
const EVENT_COLUMNS: Partial<Record<VariableName, string>> = {
  segments: 'segment',
  channels: 'channel',
  regions: 'region',
};

async function options(
  registry: Registry,
  sql: SqlDb,
  variable: VariableName
): Promise<Array<{ text: string; value: string }>> {
  const kind = RESOURCE[variable];
  if (kind) {
    const out = [];
    for (const s of await registry.list(kind)) {
      const { document } = await registry.get(kind, s.id);
      const name = 'name' in document.spec && typeof document.spec.name === 'string' ? document.spec.name : s.id;
      out.push({ text: name, value: s.id });
    }
    return out;
  }
  const column = EVENT_COLUMNS[variable];
  if (column) {
    const rows = await sql.query(
      `SELECT DISTINCT ${column} AS v FROM events WHERE ${column} IS NOT NULL ORDER BY 1 LIMIT 1000`
    );
    return rows.map((r) => ({ text: String(r.v), value: String(r.v) }));
  }
  return PERSPECTIVES.map((p) => ({ text: p, value: p }));
}

/** A text/value frame for Grafana's query variables. */
export async function variableFrame(
  registry: Registry,
  sql: SqlDb,
  variable: VariableName,
  refId: string
): Promise<FrameJson> {
  const opts = await options(registry, sql, variable);
  return frameJson({
    name: variable,
    refId,
    fields: [
      { name: 'text', type: 'string', values: opts.map((o) => o.text) },
      { name: 'value', type: 'string', values: opts.map((o) => o.value) },
    ],
  });
}
