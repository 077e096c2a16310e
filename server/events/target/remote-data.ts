import { z } from 'zod';
import { RemoteTarget } from '../../client/remote';
import { toNdjsonLine } from '../ndjson';
import { type EventStats } from '../stats';
import { type EventRow, type EventSink } from '../types';
import { ApiClient } from '../../client/api-client';
import { RemoteMaturity } from '../../maturity/target/remote-maturity';
import { type MaturityTarget } from '../../maturity/target/maturity-target';
import { type CheckInGroup, type DataTarget } from './data-target';
import { sendBatch } from './send-batch';

/** Rows per POST /api/v1/events: ~1.5 MB of NDJSON, well under the server's 8 MiB body limit. */
export const REMOTE_BATCH = 10_000;

const statsSchema = z.object({
  events: z.number(),
  byEvent: z.record(z.string(), z.number()),
  customers: z.number(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
const inserted = z.object({ inserted: z.number() });
const landed = z.object({ batches: z.array(z.object({ id: z.string(), rows: z.number() })) });

/** Each batch is one request and one transaction on the server: a failure keeps the batches already sent. */
class RemoteEventSink implements EventSink {
  private lines: string[] = [];
  private written = 0;

  constructor(
    private readonly api: ApiClient,
    private readonly batchSize: number
  ) {}

  async append(rows: readonly EventRow[], batchId?: string): Promise<void> {
    if (batchId !== undefined) {
      await this.flush();
      this.lines = rows.map(toNdjsonLine);
      return this.flush(batchId);
    }
    for (const row of rows) {
      this.lines.push(toNdjsonLine(row));
      if (this.lines.length >= this.batchSize) {
        await this.flush();
      }
    }
  }

  async close(): Promise<number> {
    await this.flush();
    return this.written;
  }

  async abort(): Promise<void> {
    this.lines = [];
  }

  /** With a batch id the server stores the batch at most once, so failures are retried. */
  private async flush(batchId?: string): Promise<void> {
    if (this.lines.length === 0) {
      return;
    }
    const body = `${this.lines.join('\n')}\n`;
    this.lines = [];
    this.written +=
      batchId === undefined
        ? (await this.api.call('POST', '/api/v1/events', inserted, { ndjson: body })).inserted
        : await sendBatch(this.api, batchId, body);
  }
}

/** A running KPI server, through its HTTP API. */
export class RemoteDataTarget implements DataTarget {
  readonly atomic = false;
  readonly where: string;
  readonly registry: RemoteTarget;
  private readonly api: ApiClient;

  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly author: string,
    private readonly batchSize = REMOTE_BATCH
  ) {
    this.registry = new RemoteTarget(baseUrl, token);
    this.api = new ApiClient(baseUrl, token);
    this.where = baseUrl;
  }

  eventStats(): Promise<EventStats> {
    return this.api.call('GET', '/api/v1/events/stats', statsSchema);
  }

  async deleteEvents(): Promise<number> {
    return (await this.api.call('DELETE', '/api/v1/events?all=true', z.object({ deleted: z.number() }))).deleted;
  }

  async eventSink(options: { replace?: boolean } = {}): Promise<EventSink> {
    if (options.replace) {
      await this.deleteEvents();
    }
    return new RemoteEventSink(this.api, this.batchSize);
  }

  async landedBatches(prefix: string): Promise<Map<string, number>> {
    const path = `/api/v1/events/batches?prefix=${encodeURIComponent(prefix)}`;
    const { batches } = await this.api.call('GET', path, landed);
    return new Map(batches.map((b) => [b.id, b.rows]));
  }

  async addCheckIns(groups: CheckInGroup[]): Promise<number> {
    const bodies = groups.map((g) => ({
      path: `/api/v1/kpis/${encodeURIComponent(g.kpi)}/values`,
      json: { values: g.checkIns.map((c) => ({ time: c.time, value: c.value, note: c.note })) },
      where: g.where,
    }));
    // every KPI is checked by the server before any is written
    for (const b of bodies) {
      await this.api
        .call('POST', `${b.path}?dryRun=true`, z.object({ valid: z.number() }), { json: b.json })
        .catch((err: unknown) => {
          throw new Error(`${b.where}: ${err instanceof Error ? err.message : String(err)}`);
        });
    }
    let total = 0;
    for (const b of bodies) {
      total += (await this.api.call('POST', b.path, inserted, { json: b.json })).inserted;
    }
    return total;
  }

  /** The server decides what the token may do: creating and releasing cycles for others needs an admin token. */
  async maturity(): Promise<MaturityTarget> {
    return new RemoteMaturity(this.baseUrl, this.token, this.author);
  }

  async close(): Promise<void> {}
}
