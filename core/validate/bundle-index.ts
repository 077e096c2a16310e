import { JOURNEY_STAGES, JourneyOrder, Kind, ResourceDocument } from '../schema';
import { KnownResource } from './problem';
import { didYouMean } from './suggest';

/** What a conversion measure needs of its journey: stage ids in order, and the order when known. */
export interface JourneyOutline {
  stages: string[];
  order?: JourneyOrder;
}

/** Which ids of each kind a bundle can refer to: its own documents' and the known resources'. */
export class BundleIndex {
  private readonly ids = new Map<Kind, Set<string>>();
  readonly journeyStages = new Set<string>(JOURNEY_STAGES);
  private readonly journeys = new Map<string, JourneyOutline>();

  constructor(docs: ResourceDocument[], known: KnownResource[]) {
    for (const resource of known) {
      this.add(resource.kind, resource.id);
      resource.stages?.forEach((stage) => this.journeyStages.add(stage));
      if (resource.kind === 'Journey' && resource.stages !== undefined) {
        this.journeys.set(resource.id, { stages: resource.stages, order: resource.order });
      }
    }
    for (const doc of docs) {
      this.add(doc.kind, doc.metadata.id);
      if (doc.kind === 'Journey') {
        doc.spec.stages.forEach((stage) => this.journeyStages.add(stage.id));
        this.journeys.set(doc.metadata.id, { stages: doc.spec.stages.map((s) => s.id), order: doc.spec.order });
      }
    }
  }

  private add(kind: Kind, id: string): void {
    const ids = this.ids.get(kind) ?? new Set<string>();
    ids.add(id);
    this.ids.set(kind, ids);
  }

  has(kind: Kind, id: string): boolean {
    return this.ids.get(kind)?.has(id) ?? false;
  }

  /** The stages of a journey in the bundle, or of a known one that lists them. */
  journey(id: string): JourneyOutline | undefined {
    return this.journeys.get(id);
  }

  /** `unknown KPI "x"`, with the closest existing id when one is near. */
  unknown(kind: Kind, id: string): string {
    return `unknown ${kind} "${id}"${didYouMean(id, this.ids.get(kind) ?? [])}`;
  }
}
