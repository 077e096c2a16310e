import { type Progress } from '../events/progress';
import { LocalDataTarget } from '../events/target/local-data';
import { type Store } from '../store/store';
import { loadExampleOrg } from './example-org';
import { seedDemo, type SeedResult } from './seed';

export interface ServeSeedOptions {
  events: number;
  seed: string;
  progress?: Progress;
  exampleDir?: string;
}

/**
 * `serve --demo`: seeds the store the server has open, but only when it has no events and its registry holds
 * nothing besides the example organisation (an interrupted seed leaves exactly that). Null when it is not empty.
 */
export async function seedEmptyStore(store: Store, options: ServeSeedOptions): Promise<SeedResult | null> {
  // not closed here: the store belongs to the running server
  const target = await LocalDataTarget.open(store, 'scorecard-demo');
  if ((await target.eventStats()).events > 0) {
    return null;
  }
  const docs = await loadExampleOrg(options.exampleDir);
  const example = new Set(docs.map((d) => `${d.kind}/${d.metadata.id}`));
  const known = await target.registry.known();
  if (known.some((k) => !example.has(`${k.kind}/${k.id}`))) {
    return null;
  }
  return seedDemo(target, options);
}
