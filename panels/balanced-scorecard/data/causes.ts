import { normalizeName } from './perspectives';
import { type PerspectiveView } from './model';

/**
 * Each objective's causes (ids or names of the objectives it drives, as the input gives them) as objective
 * keys; a cause naming no objective of the scorecard is left out and said.
 */
export function resolveCauses(perspectives: PerspectiveView[], problems: string[]): PerspectiveView[] {
  const objectives = perspectives.flatMap((p) => p.objectives);
  const keyOf = new Map<string, string>();
  for (const o of objectives) {
    for (const name of [o.id, o.name]) {
      const n = normalizeName(name);
      if (!keyOf.has(n)) {
        keyOf.set(n, o.key);
      }
    }
  }
  return perspectives.map((p) => ({
    ...p,
    objectives: p.objectives.map((o) => {
      const keys = o.causes.flatMap((cause) => {
        const key = keyOf.get(normalizeName(cause));
        if (key === undefined) {
          problems.push(`Objective "${o.name}" drives "${cause}", which is no objective of this scorecard: no arrow`);
          return [];
        }
        return key === o.key ? [] : [key];
      });
      return { ...o, causes: [...new Set(keys)] };
    }),
  }));
}
