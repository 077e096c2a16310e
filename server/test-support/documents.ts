import { type FreezeWindowDocument, type KpiDocument, type ScorecardDocument } from '../../core/schema';

/** A valid measure KPI with neutral values; `spec` overrides replace top-level spec fields. */
export function kpiDoc(
  id: string,
  spec: Partial<KpiDocument['spec']> = {},
  labels?: Record<string, string>
): KpiDocument {
  return {
    apiVersion: 'scorecard/v1',
    kind: 'KPI',
    metadata: { id, ...(labels ? { labels } : {}) },
    spec: {
      name: `KPI ${id}`,
      perspective: 'customer',
      indicator: 'lagging',
      unit: 'percent',
      direction: 'higher-is-better',
      target: 90,
      thresholds: { redFlag: 70, goal: 90 },
      owner: 'head-of-quality',
      calculation: { manual: {} },
      ...spec,
    },
  };
}

export function scorecardDoc(id: string, kpis: string[]): ScorecardDocument {
  return {
    apiVersion: 'scorecard/v1',
    kind: 'Scorecard',
    metadata: { id },
    spec: {
      name: `Scorecard ${id}`,
      perspectives: [
        {
          id: 'customer',
          name: 'Customer',
          weight: 1,
          objectives: [
            { id: 'delight', name: 'Delight', weight: 1, kpis: kpis.map((kpi) => ({ kpi, weight: 1 })), causes: [] },
          ],
        },
      ],
    },
  };
}

export function freezeDoc(
  id: string,
  scope: FreezeWindowDocument['spec']['scope'],
  from: string,
  to: string
): FreezeWindowDocument {
  return {
    apiVersion: 'scorecard/v1',
    kind: 'FreezeWindow',
    metadata: { id },
    spec: { from, to, scope, reason: `quarter close (${id})` },
  };
}
