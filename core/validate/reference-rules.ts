import { JOURNEY_STAGES, Kind, ResourceDocument } from '../schema';
import { BundleIndex } from './bundle-index';
import { Path } from './problem';
import { didYouMean } from './suggest';

/** A problem inside one document, before the document's index is attached. */
export interface DocProblem {
  path: Path;
  message: string;
}

interface Reference {
  kind: Kind;
  id: string;
  path: Path;
}

/** Every id one document refers to, with the kind it must name and where it is written. */
function references(doc: ResourceDocument): Reference[] {
  switch (doc.kind) {
    case 'KPI': {
      const { calculation } = doc.spec;
      if (!('measure' in calculation)) {
        return [];
      }
      const { measure } = calculation;
      return measure.aggregate === 'conversion'
        ? [{ kind: 'Journey', id: measure.journey, path: ['spec', 'calculation', 'measure', 'journey'] }]
        : [{ kind: 'Source', id: measure.source, path: ['spec', 'calculation', 'measure', 'source'] }];
    }
    case 'Scorecard':
      return [
        ...(doc.spec.parent === undefined
          ? []
          : [{ kind: 'Scorecard' as const, id: doc.spec.parent, path: ['spec', 'parent'] }]),
        ...doc.spec.perspectives.flatMap((p, pi) =>
          p.objectives.flatMap((o, oi) =>
            o.kpis.map((k, ki) => ({
              kind: 'KPI' as const,
              id: k.kpi,
              path: ['spec', 'perspectives', pi, 'objectives', oi, 'kpis', ki, 'kpi'],
            }))
          )
        ),
      ];
    case 'Journey':
      return [
        { kind: 'Source', id: doc.spec.source, path: ['spec', 'source'] },
        ...doc.spec.stages.flatMap((s, si) =>
          s.kpis.map((id, ki) => ({ kind: 'KPI' as const, id, path: ['spec', 'stages', si, 'kpis', ki] }))
        ),
      ];
    case 'FreezeWindow': {
      const { kpis = [], scorecards = [], journeys = [] } = doc.spec.scope;
      return [
        ...kpis.map((id, i) => ({ kind: 'KPI' as const, id, path: ['spec', 'scope', 'kpis', i] })),
        ...scorecards.map((id, i) => ({ kind: 'Scorecard' as const, id, path: ['spec', 'scope', 'scorecards', i] })),
        ...journeys.map((id, i) => ({ kind: 'Journey' as const, id, path: ['spec', 'scope', 'journeys', i] })),
      ];
    }
    case 'EscalationPolicy': {
      const { kpis = [], scorecards = [] } = doc.spec.select;
      return [
        ...kpis.map((id, i) => ({ kind: 'KPI' as const, id, path: ['spec', 'select', 'kpis', i] })),
        ...scorecards.map((id, i) => ({ kind: 'Scorecard' as const, id, path: ['spec', 'select', 'scorecards', i] })),
      ];
    }
    case 'Source':
    case 'MaturityModel':
      return [];
  }
}

function journeyStageProblem(doc: ResourceDocument, index: BundleIndex): DocProblem[] {
  if (doc.kind !== 'KPI' || doc.spec.journeyStage === undefined || index.journeyStages.has(doc.spec.journeyStage)) {
    return [];
  }
  const stage = doc.spec.journeyStage;
  const hint = didYouMean(stage, index.journeyStages);
  const message = `unknown journey stage "${stage}"${hint}: use a standard stage (${JOURNEY_STAGES.join(', ')}) or a stage id of a Journey`;
  return [{ path: ['spec', 'journeyStage'], message }];
}

/** Ids naming resources that are neither in the bundle nor known, and journey stages that exist nowhere. */
export function referenceProblems(doc: ResourceDocument, index: BundleIndex): DocProblem[] {
  const unknown = references(doc)
    .filter((ref) => !index.has(ref.kind, ref.id))
    .map((ref) => ({ path: ref.path, message: index.unknown(ref.kind, ref.id) }));
  return [...unknown, ...journeyStageProblem(doc, index)];
}
