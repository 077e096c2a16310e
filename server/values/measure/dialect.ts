import { type SqlDialect } from '../../store/sql';

/** The few expressions that differ between DuckDB and PostgreSQL. */
export interface MeasureDialect {
  /** The time as epoch milliseconds. */
  epochMs(time: string): string;
  /** Continuous (interpolated) quantile, as exact as the engines' median. */
  quantile(column: string, fraction: number): string;
}

const DIALECTS: Record<SqlDialect, MeasureDialect> = {
  duckdb: {
    epochMs: (time) => `epoch_ms(${time})`,
    quantile: (column, fraction) => `quantile_cont(${column}, ${fraction})`,
  },
  postgres: {
    epochMs: (time) => `(extract(epoch from ${time}) * 1000)`,
    quantile: (column, fraction) => `percentile_cont(${fraction}) WITHIN GROUP (ORDER BY ${column})`,
  },
};

export const measureDialect = (dialect: SqlDialect): MeasureDialect => DIALECTS[dialect];
