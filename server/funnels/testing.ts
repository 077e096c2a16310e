import { type JourneyDocument, type JourneySpec } from '../../core/schema/journey';
import { approvedRecord } from '../test-support/records';
import { sourceDoc } from '../values/measure/test-events';
import { type SourceResolver } from '../values/types';
import { type FunnelEngineDeps } from './funnel-engine';

/** A journey on the Source `own` whose stages match the events named like them. */
export function journeyDoc(
  id: string,
  order: JourneySpec['order'],
  stages: string[],
  extra: Partial<JourneySpec> = {}
): JourneyDocument {
  return {
    apiVersion: 'scorecard/v1',
    kind: 'Journey',
    metadata: { id },
    spec: {
      name: id,
      source: 'own',
      conversionWindow: '1h',
      order,
      stages: stages.map((s) => ({ id: s, name: s.toUpperCase(), match: { event: s }, kpis: [] })),
      ...extra,
    },
  };
}

/** What a FunnelEngine needs to compute `doc` (its only journey) on the store behind `resolver`. */
export function funnelDeps(resolver: SourceResolver, doc: JourneyDocument, now: number): FunnelEngineDeps {
  const record = approvedRecord(doc);
  return {
    registry: { versions: async () => [record] },
    resolver,
    sourceDocument: async (id) => (id === 'own' ? sourceDoc('own') : null),
    now: () => now,
  };
}
