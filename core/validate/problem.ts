import { JourneyOrder, Kind } from '../schema';

/** A location inside a document: keys and array indexes from the root. */
export type Path = Array<string | number>;

/** A problem in document number `doc` of a bundle; `related` points at where the other side is (e.g. the first of two duplicates). */
export interface Problem {
  doc: number;
  path: Path;
  message: string;
  related?: { doc: number; path: Path };
  /** A warning leaves the bundle fit to apply (weights that do not sum to 1); without a severity, an error. */
  severity?: 'error' | 'warning';
}

export const isWarning = (problem: Pick<Problem, 'severity'>): boolean => problem.severity === 'warning';

/** A resource that exists outside the bundle, e.g. in the registry; `stages` are a Journey's stage ids, in order. */
export interface KnownResource {
  kind: Kind;
  id: string;
  stages?: string[];
  /** A Journey's order; without it, a conversion KPI's `from` and `to` are not checked for stage order. */
  order?: JourneyOrder;
}
