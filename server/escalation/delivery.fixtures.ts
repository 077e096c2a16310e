import { createServer } from 'node:http';
import { type EscalationReceiver } from '../../core/escalation/policy';
import { type EscalationNotice } from '../../core/escalation/notification-schema';
import { deliveriesOf } from './notice';
import { type Delivery } from './types';

/** 2026-12-02T14:00:00Z */
export const T0 = Date.UTC(2026, 11, 2, 14);

export function noticeOf(escalationId = 'esc-7', key = `${escalationId}:level-1:opened`): EscalationNotice {
  return {
    idempotencyKey: key,
    escalationId,
    reason: 'opened',
    level: 1,
    policy: { id: 'customer-health', version: 3, name: 'Customer health' },
    kpi: {
      id: 'customer.nps',
      name: 'Net Promoter Score',
      owner: 'cs-lead',
      unit: 'score',
      direction: 'higher-is-better',
    },
    breach: { status: 'critical', periods: [{ period: '2026-11', value: 18, target: 45, status: 'critical' }] },
    openedAt: '2026-12-01T09:00:00Z',
    links: { kpi: 'https://scorecard.example/kpis/customer.nps' },
  };
}

/** A pending delivery due at `createdAt`. */
export function deliveryOf(receiver: EscalationReceiver, notice = noticeOf(), createdAt = T0): Delivery {
  const [delivery] = deliveriesOf(notice, [receiver], createdAt);
  if (delivery === undefined) {
    throw new Error('deliveriesOf made no delivery for one receiver');
  }
  return delivery;
}

export interface CapturedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** How the capture server answers request number n (0-based); 'hang' never answers. */
export type Answer = { status: number; headers?: Record<string, string> } | 'hang';

export interface CaptureServer {
  url: string;
  requests: CapturedRequest[];
  /** Request paths in arrival order, and 'aborted <path>' when a client gave up on a hung request. */
  events: string[];
  close(): Promise<void>;
}

/** A bare HTTP server that records every request and answers as told, to see exactly what was sent. */
export async function startCaptureServer(answer: (n: number, path: string) => Answer): Promise<CaptureServer> {
  const requests: CapturedRequest[] = [];
  const events: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '';
      const reply = answer(requests.length, path);
      requests.push({
        method: req.method ?? '',
        path,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      events.push(path);
      if (reply === 'hang') {
        res.on('close', () => events.push(`aborted ${path}`));
        return;
      }
      res.writeHead(reply.status, reply.headers).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const bound = server.address();
  const port = bound !== null && typeof bound === 'object' ? bound.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    events,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Waits until `check` holds, for tests of things that happen in the background. */
export async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (check()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`never happened: ${what}`);
}
