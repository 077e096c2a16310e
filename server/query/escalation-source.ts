import { type StoredEscalation } from '../escalation/types';
import { type Registry } from '../registry/types';
import { currentKpiDocs } from './kpi-docs';
import { QueryError } from './types';

/** Escalations opened in [from, to) (epoch ms), of one KPI and one owner (an identity) when given. */
export type EscalationSource = (filter: {
  from: number;
  to: number;
  kpi?: string;
  owner?: string;
}) => Promise<StoredEscalation[]>;

/** The server's escalations; a query that needs them fails when the server keeps none. */
export function escalationSource(deps: { escalations?: EscalationSource }): EscalationSource {
  if (deps.escalations === undefined) {
    throw new QueryError('escalations are not enabled on this server', 501);
  }
  return deps.escalations;
}

/** KPI names by id (current definitions); an id the registry does not know names itself. */
export async function kpiNames(registry: Pick<Registry, 'get'>, ids: Iterable<string>): Promise<Map<string, string>> {
  const docs = await currentKpiDocs(registry, ids);
  return new Map([...docs].map(([id, doc]) => [id, doc?.spec.name ?? id]));
}
