/** The canonical event columns a query may restrict a KPI to some values of. */
export const FILTER_COLUMNS = ['segment', 'channel', 'region'] as const;
export type FilterColumn = (typeof FILTER_COLUMNS)[number];

/** A query's filter: a dimension column → one value or a non-empty list of values. */
export type QueryFilter = Partial<Record<FilterColumn, string | string[]>>;

export const isFilterColumn = (name: string): name is FilterColumn => FILTER_COLUMNS.some((c) => c === name);
