import { extname } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { type EventColumn, EVENT_COLUMNS, type EventRow } from '../types';
import { parseEventRecord } from '../validate';
import { mapColumns, selectExpression, type SourceColumn } from './column-map';

export type FileFormat = 'csv' | 'parquet';

export function formatOf(path: string, explicit?: string): FileFormat {
  const format =
    explicit ??
    extname(path.replace(/\.(gz|zst)$/i, ''))
      .slice(1)
      .toLowerCase();
  if (format === 'parquet' || format === 'pq') {
    return 'parquet';
  }
  if (format === 'csv' || format === 'tsv' || format === 'txt') {
    return 'csv';
  }
  throw new Error(`cannot tell the format of ${path}: name a .csv or .parquet file, or pass --format csv|parquet`);
}

const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** An events file read by an in-memory DuckDB: CSV as text (validated here, line by line), Parquet with its types. */
export class EventFile {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    private readonly query: string,
    readonly format: FileFormat,
    readonly total: number,
    /** Columns of the file not mapped to an event column. */
    readonly ignored: string[]
  ) {}

  static async open(
    path: string,
    map: Partial<Record<EventColumn, string>>,
    format = formatOf(path)
  ): Promise<EventFile> {
    const instance = await DuckDBInstance.create(':memory:');
    try {
      const connection = await instance.connect();
      const source =
        format === 'parquet'
          ? `read_parquet(${literal(path)})`
          : `read_csv(${literal(path)}, header = true, all_varchar = true)`;
      const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
      const columns: SourceColumn[] = described
        .getRowObjectsJS()
        .map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
      const mapped = mapColumns(columns, map);
      const used = new Set([...mapped.values()].map((c) => c.name));
      const select = EVENT_COLUMNS.map((c) => `${selectExpression(c, mapped.get(c))} AS ${c}`).join(', ');
      const counted = await connection.runAndReadAll(`SELECT CAST(count(*) AS DOUBLE) AS n FROM ${source}`);
      const total = Number(counted.getRowObjectsJS()[0]?.n ?? 0);
      const ignored = columns.map((c) => c.name).filter((name) => !used.has(name));
      return new EventFile(instance, connection, `SELECT ${select} FROM ${source}`, format, total, ignored);
    } catch (err) {
      instance.closeSync();
      throw err;
    }
  }

  /** `line 17` for CSV (the header is line 1), `row 17` for Parquet. */
  where(index: number): string {
    return this.format === 'csv' ? `line ${index + 2}` : `row ${index + 1}`;
  }

  /** Validated rows in file order, in chunks; the first bad row throws EventInputError naming it. */
  async *rows(): AsyncGenerator<EventRow[]> {
    const result = await this.connection.stream(this.query);
    let index = 0;
    for await (const chunk of result.yieldRowsJs()) {
      yield chunk.map((values) => {
        const record: Record<string, unknown> = {};
        EVENT_COLUMNS.forEach((column, i) => {
          const value = values[i];
          if (value !== null && value !== undefined) {
            record[column] = value;
          }
        });
        return parseEventRecord(record, this.where(index++));
      });
    }
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
