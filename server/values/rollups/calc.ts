import { createHash } from 'node:crypto';
import { CANONICAL_COLUMNS } from '../../../core/schema/source';
import { type Measure } from '../measure/compile-measure';
import { type Filter } from '../measure/filters';
import { type ResolvedSource } from '../types';
import { MERGEABLE } from './states';

/** What a pre-aggregate is of: a measure's aggregate and filters over the store's events, at one slot width. */
export interface RollupCalc {
  /** Hash of the rest: equal definitions (say, two versions differing in targets only) share one pre-aggregate. */
  id: string;
  aggregate: Measure['aggregate'];
  /** Quoted event columns by canonical name, as the Source maps them. */
  columns: Record<string, string>;
  field?: string;
  filter?: Filter;
  numerator?: Filter;
  denominator?: Filter;
  slotMs: number;
}

function sorted(filter: Filter | undefined): Filter | undefined {
  if (filter === undefined) {
    return undefined;
  }
  return Object.fromEntries(Object.entries(filter).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The pre-aggregate serving a measure, or null when none can: a Source other than the store's own events
 * table, or an aggregate without mergeable partial states (count_distinct, median, p90 stay exact on events).
 */
export function rollupCalc(
  measure: Measure,
  source: ResolvedSource,
  ownEvents: boolean,
  slotMs: number
): RollupCalc | null {
  if (!ownEvents || !MERGEABLE.has(measure.aggregate)) {
    return null;
  }
  // every canonical column is mapped (the resolver checks the Source's mapping up front)
  const columns: Record<string, string> = Object.fromEntries(CANONICAL_COLUMNS.map((c) => [c, source.column(c)]));
  const def = {
    aggregate: measure.aggregate,
    columns,
    ...(measure.field === undefined ? {} : { field: measure.field }),
    ...(measure.filter === undefined ? {} : { filter: sorted(measure.filter) }),
    ...(measure.numerator === undefined ? {} : { numerator: sorted(measure.numerator) }),
    ...(measure.denominator === undefined ? {} : { denominator: sorted(measure.denominator) }),
    slotMs,
  };
  const id = createHash('sha256').update(JSON.stringify(def)).digest('hex').slice(0, 32);
  return { id, ...def };
}

/** Reads a stored definition back (rollup_calcs.definition). */
export function parseCalc(id: string, json: string): RollupCalc {
  return { ...(JSON.parse(json) as Omit<RollupCalc, 'id'>), id };
}

export function calcJson({ id: _id, ...def }: RollupCalc): string {
  return JSON.stringify(def);
}

export const calcColumn = (calc: RollupCalc, name: string): string => {
  const column = calc.columns[name];
  if (column === undefined) {
    throw new Error(`the events of this measure have no column "${name}"`);
  }
  return column;
};
