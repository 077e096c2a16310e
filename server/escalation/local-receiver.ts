import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { verifySignature, WEBHOOK_HEADERS, type HmacSha256Hex } from '../../core/escalation/notification';
import { escalationNotification } from '../../core/escalation/notification-schema';

export interface ReceivedNotice {
  kind: 'webhook' | 'alertmanager';
  /** Epoch ms of arrival. */
  at: number;
  idempotencyKey: string;
  body: unknown;
  /** The same idempotency key arrived before. */
  duplicate: boolean;
  /** The signature was checked and matched; false when the receiver has no secret. */
  signatureVerified: boolean;
}

export interface LocalReceiverOptions {
  /** 0 = any free port. */
  port?: number;
  host?: string;
  /** Webhook deliveries must then carry a valid X-Scorecard-Signature. */
  secret?: string;
  /** Answers 503 to the first n POSTs, to see retries. */
  failFirst?: number;
  /** The clock signatures' timestamps are checked against; Date.now by default. */
  now?: () => number;
}

export interface LocalReceiver {
  url: string;
  received: ReceivedNotice[];
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;
const hmac: HmacSha256Hex = (key, message) => createHmac('sha256', key).update(message).digest('hex');

/** What Alertmanager's POST /api/v2/alerts insists on; other fields pass. */
const postableAlerts = z
  .array(z.looseObject({ labels: z.record(z.string(), z.string()), startsAt: z.iso.datetime({ offset: true }) }))
  .min(1);

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
  }
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const field = (value: unknown, ...path: Array<string | number>): string => {
  let at = value;
  for (const step of path) {
    at = typeof at === 'object' && at !== null ? Reflect.get(at, step) : undefined;
  }
  return typeof at === 'string' || typeof at === 'number' ? String(at) : '';
};

/** Reason, KPI and level of either body: alerts carry the KPI id and one alert per level. */
function summaryOf(r: ReceivedNotice): { reason: string; kpi: string; level: string } {
  if (r.kind === 'webhook') {
    return { reason: field(r.body, 'reason'), kpi: field(r.body, 'kpi', 'name'), level: field(r.body, 'level') };
  }
  const count = Array.isArray(r.body) ? r.body.length : 0;
  return {
    reason: field(r.body, 0, 'annotations', 'reason'),
    kpi: field(r.body, 0, 'labels', 'kpi'),
    level: String(count),
  };
}

/** The page GET / shows: what arrived, newest first. */
export function receivedPage(received: readonly ReceivedNotice[]): string {
  const rows = [...received].reverse().map((r) => {
    const s = summaryOf(r);
    const cells = [
      new Date(r.at).toISOString(),
      r.kind,
      s.reason,
      s.kpi,
      s.level,
      r.idempotencyKey + (r.duplicate ? ' (duplicate)' : ''),
      r.signatureVerified ? 'ok' : 'not checked',
    ];
    return `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`;
  });
  const head = ['time', 'kind', 'reason', 'KPI', 'level', 'idempotency key', 'signature'];
  return [
    '<!doctype html><html><head><meta charset="utf-8"><title>Scorecard local receiver</title></head><body>',
    `<h1>Escalation notices received: ${received.length}</h1>`,
    received.length === 0
      ? '<p>Nothing yet. Webhooks: POST /, Alertmanager: POST /api/v2/alerts.</p>'
      : `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`,
    '</body></html>',
  ].join('\n');
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      throw new HttpError(413, `the body is larger than ${MAX_BODY_BYTES} bytes`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'the body is not JSON');
  }
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
};

const issuesOf = (error: z.ZodError): string =>
  error.issues.map((i) => `${i.path.length === 0 ? '(body)' : i.path.join('.')}: ${i.message}`).join('; ');

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type }).end(body);
}

/** A receiver for trying escalation notices locally: records what arrives and shows it at GET /. */
export async function startLocalReceiver(options: LocalReceiverOptions = {}): Promise<LocalReceiver> {
  const now = options.now ?? Date.now;
  const received: ReceivedNotice[] = [];
  const seen = new Set<string>();
  let toFail = options.failFirst ?? 0;

  const record = (entry: Omit<ReceivedNotice, 'at' | 'duplicate'>) => {
    received.push({ ...entry, at: now(), duplicate: seen.has(entry.idempotencyKey) });
    seen.add(entry.idempotencyKey);
  };

  function webhook(req: IncomingMessage, raw: string): void {
    let signatureVerified = false;
    if (options.secret !== undefined) {
      const signed = {
        body: raw,
        timestamp: header(req, WEBHOOK_HEADERS.timestamp),
        signature: header(req, WEBHOOK_HEADERS.signature),
      };
      const check = verifySignature(signed, { secret: options.secret, hmac, now: now() });
      if (!check.ok) {
        throw new HttpError(401, `signature ${check.reason}`);
      }
      signatureVerified = true;
    }
    const parsed = escalationNotification.safeParse(parseJson(raw));
    if (!parsed.success) {
      throw new HttpError(400, `not an escalation notification: ${issuesOf(parsed.error)}`);
    }
    const key = header(req, WEBHOOK_HEADERS.idempotencyKey);
    if (key !== parsed.data.idempotencyKey) {
      throw new HttpError(
        400,
        `the Idempotency-Key header (${key ?? 'missing'}) differs from the body's idempotencyKey`
      );
    }
    record({ kind: 'webhook', idempotencyKey: key, body: parsed.data, signatureVerified });
  }

  function alertmanager(req: IncomingMessage, raw: string): void {
    const parsed = postableAlerts.safeParse(parseJson(raw));
    if (!parsed.success) {
      throw new HttpError(400, `not a list of alerts: ${issuesOf(parsed.error)}`);
    }
    // Alertmanager needs no key; without one the same body counts as the same delivery
    const key =
      header(req, WEBHOOK_HEADERS.idempotencyKey) ?? `sha256:${createHash('sha256').update(raw).digest('hex')}`;
    record({ kind: 'alertmanager', idempotencyKey: key, body: parsed.data, signatureVerified: false });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://receiver').pathname;
    const post = { '/': webhook, '/api/v2/alerts': alertmanager }[path];
    if (req.method === 'GET' && path === '/received') {
      return send(res, 200, 'application/json', JSON.stringify(received));
    }
    if (req.method === 'GET' && path === '/') {
      return send(res, 200, 'text/html; charset=utf-8', receivedPage(received));
    }
    if (post === undefined) {
      throw new HttpError(404, `no ${path} here: POST / (webhook), POST /api/v2/alerts, GET / or GET /received`);
    }
    if (req.method !== 'POST') {
      throw new HttpError(405, `${path} takes POST`);
    }
    const raw = await readBody(req);
    if (toFail > 0) {
      toFail -= 1;
      throw new HttpError(503, 'failing on purpose (failFirst)');
    }
    post(req, raw);
    send(res, 200, 'application/json', '{"status":"success"}');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      send(
        res,
        status,
        'application/json',
        JSON.stringify({ error: err instanceof Error ? err.message : String(err) })
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const bound = server.address();
  if (bound === null || typeof bound === 'string') {
    throw new Error(`the local receiver is not listening on a TCP port (${String(bound)})`);
  }
  const { address, port } = bound;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
