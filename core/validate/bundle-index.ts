import { JOURNEY_STAGES, Kind, ResourceDocument } from '../schema';
import { KnownResource } from './problem';
import { didYouMean } from './suggest';

/** Which ids of each kind a bundle can refer to: its own documents' and the known resources'. */
export class BundleIndex {
  private readonly ids = new Map<Kind, Set<string>>();
  readonly journeyStages = new Set<string>(JOURNEY_STAGES);

  constructor(docs: ResourceDocument[], known: KnownResource[]) {
    for (const resource of known) {
      this.add(resource.kind, resource.id);
      resource.stages?.forEach((stage) => this.journeyStages.add(stage));
    }
    for (const doc of docs) {
      this.add(doc.kind, doc.metadata.id);
      if (doc.kind === 'Journey') {
        doc.spec.stages.forEach((stage) => this.journeyStages.add(stage.id));
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

  /** `unknown KPI "x"`, with the closest existing id when one is near. */
  unknown(kind: Kind, id: string): string {
    return `unknown ${kind} "${id}"${didYouMean(id, this.ids.get(kind) ?? [])}`;
  }
}
