import { numberColumn, stringColumn, type SqlDb, type SqlRow } from '../../store/sql';
import { measureDialect } from '../../values/measure/dialect';
import { ColumnarBuilder, columnarBytes, type ColumnarEvents, TEXT_COLUMNS, type TextColumn } from './columnar-events';

/** Text columns with more distinct values than this are read as text, not coded in SQL. */
const MAX_SQL_DICTIONARY = 1000;

/** How the copy was last brought up to date. */
export interface CopyLoad {
  kind: 'full' | 'merge';
  /** Rows read from the store by this load. */
  rows: number;
  events: number;
  bytes: number;
  ms: number;
}

export interface OwnEventsCopyOptions {
  /** Rows per page read from the store. */
  pageSize?: number;
  /** Called after each page and once per finished load. */
  onProgress?: (p: { kind: 'full' | 'merge'; rows: number; total: number; ms: number; done: boolean }) => void;
}

interface Loaded {
  events: ColumnarEvents;
  /** Rows of the table it was made from (missing customer or time included) and their highest ingest id. */
  count: number;
  maxIngest: number | null;
}

/** A page position in the table's own row order: DuckDB rowid, PostgreSQL ctid. */
type Cursor = string | null;

/**
 * An in-memory columnar copy of the store's own `events` table, built on first use and checked on each use:
 * unchanged → as is; only rows with a newer ingest id added → merged in; anything else → rebuilt.
 */
export class OwnEventsCopy {
  private loaded: Loaded | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private last: CopyLoad | null = null;

  constructor(
    readonly db: SqlDb,
    private readonly options: OwnEventsCopyOptions = {}
  ) {}

  /** The last load, or null before the first. */
  get lastLoad(): CopyLoad | null {
    return this.last;
  }

  /** Bytes of the copy's arrays (0 before the first load). */
  get bytes(): number {
    return this.loaded === null ? 0 : columnarBytes(this.loaded.events);
  }

  /** The copy, current with the table as of this call (one check or load at a time). */
  current(): Promise<ColumnarEvents> {
    const next = this.queue.then(() => this.refresh());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async refresh(): Promise<ColumnarEvents> {
    const loaded = this.loaded;
    // rows newer than the copy: only row groups (DuckDB zone maps) past the copy's highest ingest id are read
    const newer = loaded === null ? 'ingest IS NOT NULL' : newerThan(loaded.maxIngest);
    const rows = await this.db.query(
      `SELECT count(*) AS n, (SELECT max(ingest) FROM events WHERE ${newer}) AS m FROM events`
    );
    const count = numberColumn(rows[0], 'n') ?? 0;
    const newest = numberColumn(rows[0], 'm');
    if (loaded !== null && loaded.count === count && newest === null) {
      return loaded.events;
    }
    if (loaded !== null && count > loaded.count && newest !== null) {
      const merged = await this.load('merge', loaded, count - loaded.count);
      if (merged.count === count) {
        return this.keep(merged);
      }
    }
    return this.keep(await this.load('full', null, count));
  }

  private keep(next: Loaded): ColumnarEvents {
    this.loaded = next;
    return next.events;
  }

  /** Pages through the table in row order: every row (full) or those with an ingest id above the copy's. */
  private async load(kind: 'full' | 'merge', base: Loaded | null, total: number): Promise<Loaded> {
    const t0 = Date.now();
    const builder = base === null ? new ColumnarBuilder() : ColumnarBuilder.from(base.events);
    builder.reserve(builder.length + total);
    const pageSize = this.options.pageSize ?? 250_000;
    const newer = base === null ? null : newerThan(base.maxIngest);
    // a full load reads small dictionaries first and the text columns as their codes (far fewer strings)
    const dicts = base === null ? await this.dictionaries() : TEXT_COLUMNS.map(() => null);
    dicts.forEach((values, c) => values !== null && builder.presetDictionary(TEXT_COLUMNS[c] as TextColumn, values));
    let cursor: Cursor = null;
    let read = 0;
    let maxIngest = base?.maxIngest ?? null;
    const codes = new Int32Array(TEXT_COLUMNS.length);
    for (;;) {
      const page = await this.db.query(this.pageSql(cursor, newer, pageSize, dicts));
      for (const row of page) {
        const ingest = numberColumn(row, 'ingest');
        if (ingest !== null && (maxIngest === null || ingest > maxIngest)) {
          maxIngest = ingest;
        }
        addCodedRow(builder, row, this.db.dialect, dicts, codes);
      }
      read += page.length;
      this.options.onProgress?.({ kind, rows: read, total, ms: Date.now() - t0, done: false });
      if (page.length < pageSize) {
        break;
      }
      cursor = stringColumn(page[page.length - 1], 'r');
    }
    const events = builder.build();
    const ms = Date.now() - t0;
    this.last = { kind, rows: read, events: events.length, bytes: columnarBytes(events), ms };
    this.options.onProgress?.({ kind, rows: read, total, ms, done: true });
    return { events, count: (base?.count ?? 0) + read, maxIngest };
  }

  /** Each text column's distinct values, or null for a column with too many to code in SQL. */
  private async dictionaries(): Promise<Array<string[] | null>> {
    return Promise.all(
      TEXT_COLUMNS.map(async (c) => {
        const rows = await this.db.query(
          `SELECT DISTINCT CAST(${c} AS TEXT) AS v FROM events WHERE ${c} IS NOT NULL LIMIT ${MAX_SQL_DICTIONARY + 1}`
        );
        const values = rows.map((r) => stringColumn(r, 'v') ?? '');
        return values.length > MAX_SQL_DICTIONARY ? null : values;
      })
    );
  }

  private pageSql(
    cursor: Cursor,
    newer: string | null,
    pageSize: number,
    dicts: Array<string[] | null>
  ): string {
    const duck = this.db.dialect === 'duckdb';
    const row = duck ? 'rowid' : 'ctid';
    const text = (c: TextColumn, i: number) => {
      const dict = dicts[i];
      if (dict === undefined || dict === null) {
        return `CAST(${c} AS TEXT) AS ${c}`;
      }
      const list = dict.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ');
      const position = duck
        ? `list_position([${list}]::VARCHAR[], CAST(${c} AS TEXT))`
        : `array_position(ARRAY[${list}]::TEXT[], CAST(${c} AS TEXT))`;
      return `CAST(coalesce(${position}, 0) - 1 AS INTEGER) AS ${c}`;
    };
    const where = [
      ...(newer === null ? [] : [newer]),
      ...(cursor === null ? [] : [duck ? `rowid > ${Number(cursor)}` : `ctid > '${tid(cursor)}'::tid`]),
    ];
    return [
      `SELECT CAST(customer AS TEXT) AS customer, CAST(${measureDialect(this.db.dialect).epochMs('time')} AS DOUBLE PRECISION) AS t,`,
      `${duck ? 'CAST(rowid AS DOUBLE)' : 'CAST(ctid AS TEXT)'} AS r, CAST(ingest AS DOUBLE PRECISION) AS ingest,`,
      `${TEXT_COLUMNS.map(text).join(', ')}, CAST(value AS DOUBLE PRECISION) AS value`,
      `FROM events${where.length === 0 ? '' : ` WHERE ${where.join(' AND ')}`}`,
      `ORDER BY ${row} LIMIT ${pageSize}`,
    ].join('\n');
  }
}

/** Rows written after the ingest id (every row with one when there is none yet). */
const newerThan = (ingest: number | null): string =>
  ingest === null ? 'ingest IS NOT NULL' : `ingest > ${String(Math.trunc(ingest))}`;

/** A ctid as PostgreSQL prints it, checked before it goes back into SQL. */
function tid(text: string): string {
  if (!/^\(\d+,\d+\)$/.test(text)) {
    throw new Error(`unexpected ctid ${text}`);
  }
  return text;
}

/** The row order as one number: DuckDB's rowid, PostgreSQL's block * 65536 + line pointer. */
function rowOrder(text: string, dialect: string): number {
  if (dialect === 'duckdb') {
    return Number(text);
  }
  const m = /^\((\d+),(\d+)\)$/.exec(text);
  return m === null ? NaN : Number(m[1]) * 65536 + Number(m[2]);
}

/**
 * A row whose text columns came as codes of `dicts` (those with a dictionary) or as text. Rows without a
 * customer or time are counted but not kept (the funnel never reads them).
 */
function addCodedRow(
  builder: ColumnarBuilder,
  row: SqlRow,
  dialect: string,
  dicts: Array<string[] | null>,
  codes: Int32Array
): void {
  const customer = stringColumn(row, 'customer');
  const time = numberColumn(row, 't');
  if (customer === null || time === null) {
    return;
  }
  for (let c = 0; c < TEXT_COLUMNS.length; c++) {
    const col = TEXT_COLUMNS[c] as TextColumn;
    codes[c] = dicts[c] === null ? builder.codeOf(col, stringColumn(row, col)) : (numberColumn(row, col) ?? -1);
  }
  builder.addCoded(customer, time, rowOrder(stringColumn(row, 'r') ?? '', dialect), codes, numberColumn(row, 'value'));
}
