import { type StoredEscalation } from '../escalation/types';
import { type Registry } from '../registry/types';
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
  const unique = [...new Set(ids)];
  const names = await Promise.all(
    unique.map((id) =>
      registry.get('KPI', id).then(
        (r) => (r.document.kind === 'KPI' ? r.document.spec.name : id),
        () => id
      )
    )
  );
  return new Map(unique.map((id, i) => [id, names[i] ?? id]));
}

/** Each KPI's journey stage, for the funnel panel's markers; KPIs without one are left out. */
export async function kpiStages(registry: Pick<Registry, 'get'>, ids: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const stages = await Promise.all(
    unique.map((id) =>
      registry.get('KPI', id).then(
        (r) => (r.document.kind === 'KPI' ? r.document.spec.journeyStage : undefined),
        () => undefined
      )
    )
  );
  return new Map(unique.flatMap((id, i) => (stages[i] === undefined ? [] : [[id, stages[i]] as const])));
}
