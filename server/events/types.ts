/** The canonical event columns a Source maps onto (docs/architecture.md, Resources as code), in table order. */
export const EVENT_COLUMNS = ['time', 'customer', 'event', 'stage', 'channel', 'segment', 'region', 'value'] as const;
export type EventColumn = (typeof EVENT_COLUMNS)[number];

/** The optional text columns. */
export const TEXT_COLUMNS = ['customer', 'stage', 'channel', 'segment', 'region'] as const;
export type TextColumn = (typeof TEXT_COLUMNS)[number];

/** One row of the `events` table; `time` is epoch milliseconds (UTC). */
export interface EventRow {
  time: number;
  customer: string | null;
  event: string;
  stage: string | null;
  channel: string | null;
  segment: string | null;
  region: string | null;
  value: number | null;
}

/** Where validated events go: the server's own store (one transaction) or a running server (NDJSON batches). */
export interface EventSink {
  /** Queues rows; full batches are written as they fill. With `batchId` the rows are one batch, stored at most once. */
  append(rows: readonly EventRow[], batchId?: string): Promise<void>;
  /** Writes what is left and commits; resolves with the number of events written. */
  close(): Promise<number>;
  /** Drops what is queued and, where the sink is transactional, everything appended so far. */
  abort(): Promise<void>;
}

export function isEventColumn(name: string): name is EventColumn {
  return (EVENT_COLUMNS as readonly string[]).includes(name);
}
