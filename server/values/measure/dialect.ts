import { type SqlDialect } from '../../store/sql';

/** The few expressions that differ between DuckDB and PostgreSQL. */
export interface MeasureDialect {
  /** Start of the time's bucket in epoch ms, aligned to multiples of the interval since the epoch. */
  bucket(time: string, intervalMs: string): string;
  /** Continuous (interpolated) quantile, as exact as the engines' median. */
  quantile(column: string, fraction: number): string;
}

const DIALECTS: Record<SqlDialect, MeasureDialect> = {
  duckdb: {
    bucket: (time, interval) => `floor(epoch_ms(${time}) / ${interval}) * ${interval}`,
    quantile: (column, fraction) => `quantile_cont(${column}, ${fraction})`,
  },
  postgres: {
    bucket: (time, interval) => `floor(extract(epoch from ${time}) * 1000 / ${interval}) * ${interval}`,
    quantile: (column, fraction) => `percentile_cont(${fraction}) WITHIN GROUP (ORDER BY ${column})`,
  },
};

export const measureDialect = (dialect: SqlDialect): MeasureDialect => DIALECTS[dialect];
