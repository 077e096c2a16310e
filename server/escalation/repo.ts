import { escalationReceiver } from '../../core/escalation/policy';
import { escalationNotice, ESCALATION_REASONS } from '../../core/escalation/notification-schema';
import type { Breach, SentNotification } from '../../core/escalation';
import { numberColumn, type SqlExecutor, type SqlParam, type SqlRow, stringColumn } from '../store/sql';
import type { Delivery, DeliveryStatus, StoredEscalation } from './types';

function text(row: SqlRow, column: string): string {
  const value = stringColumn(row, column);
  if (value === null) {
    throw new Error(`escalations: column ${column} is null`);
  }
  return value;
}

const json = <T>(row: SqlRow, column: string): T | undefined => {
  const value = stringColumn(row, column);
  return value === null ? undefined : (JSON.parse(value) as T);
};

const optional = <K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } =>
  (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

function escalationOf(row: SqlRow): StoredEscalation {
  return {
    id: text(row, 'id'),
    policy: text(row, 'policy'),
    policyVersion: numberColumn(row, 'policy_version') ?? 0,
    kpi: text(row, 'kpi'),
    owner: text(row, 'owner'),
    openedAt: numberColumn(row, 'opened_at') ?? 0,
    breach: json<Breach>(row, 'breach') ?? {
      condition: { status: 'critical', periods: 1, of: 1 },
      periods: [],
      through: '',
    },
    level: numberColumn(row, 'level') ?? 0,
    notifications: json<SentNotification[]>(row, 'notifications') ?? [],
    ...optional('deferred', json<StoredEscalation['deferred']>(row, 'deferred')),
    ...optional('acknowledgedAt', numberColumn(row, 'acknowledged_at')),
    ...optional('acknowledgedBy', stringColumn(row, 'acknowledged_by')),
    ...optional('acknowledgeNote', stringColumn(row, 'acknowledge_note')),
    ...optional('resolvedAt', numberColumn(row, 'resolved_at')),
    ...optional('resolvedBy', stringColumn(row, 'resolved_by')),
    ...optional('resolveNote', stringColumn(row, 'resolve_note')),
    ...optional('resolution', json<StoredEscalation['resolution']>(row, 'resolution')),
  };
}

const COLUMNS = [
  'id',
  'policy',
  'policy_version',
  'kpi',
  'owner',
  'opened_at',
  'breach',
  'level',
  'notifications',
  'deferred',
  'acknowledged_at',
  'acknowledged_by',
  'acknowledge_note',
  'resolved_at',
  'resolved_by',
  'resolve_note',
  'resolution',
] as const;

function paramsOf(e: StoredEscalation): SqlParam[] {
  const maybe = (v: unknown): SqlParam => (v === undefined ? null : (v as SqlParam));
  const maybeJson = (v: unknown): SqlParam => (v === undefined ? null : JSON.stringify(v));
  return [
    e.id,
    e.policy,
    e.policyVersion,
    e.kpi,
    e.owner,
    e.openedAt,
    JSON.stringify(e.breach),
    e.level,
    JSON.stringify(e.notifications),
    maybeJson(e.deferred),
    maybe(e.acknowledgedAt),
    maybe(e.acknowledgedBy),
    maybe(e.acknowledgeNote),
    maybe(e.resolvedAt),
    maybe(e.resolvedBy),
    maybe(e.resolveNote),
    maybeJson(e.resolution),
  ];
}

/** Inserts or replaces the escalation's row. */
export async function saveEscalation(tx: SqlExecutor, e: StoredEscalation): Promise<void> {
  const placeholders = COLUMNS.map((_, i) => `$${i + 1}`).join(', ');
  const updates = COLUMNS.slice(1)
    .map((c) => `${c} = excluded.${c}`)
    .join(', ');
  await tx.exec(
    `INSERT INTO escalations (${COLUMNS.join(', ')}) VALUES (${placeholders}) ON CONFLICT (id) DO UPDATE SET ${updates}`,
    paramsOf(e)
  );
}

export async function findEscalation(sql: SqlExecutor, id: string): Promise<StoredEscalation | null> {
  const [row] = await sql.query('SELECT * FROM escalations WHERE id = $1', [id]);
  return row === undefined ? null : escalationOf(row);
}

/** What the evaluator needs of one policy: its open escalations and the latest resolved one per KPI. */
export async function escalationsForEvaluation(sql: SqlExecutor, policy: string): Promise<StoredEscalation[]> {
  const rows = await sql.query(
    `SELECT * FROM escalations e WHERE policy = $1 AND (resolved_at IS NULL OR resolved_at = (
       SELECT max(resolved_at) FROM escalations r WHERE r.policy = e.policy AND r.kpi = e.kpi
     )) ORDER BY opened_at, id`,
    [policy]
  );
  return rows.map(escalationOf);
}

/** Open (unresolved) escalations of every policy. */
export async function unresolvedEscalations(sql: SqlExecutor): Promise<StoredEscalation[]> {
  const rows = await sql.query('SELECT * FROM escalations WHERE resolved_at IS NULL ORDER BY opened_at, id');
  return rows.map(escalationOf);
}

export interface EscalationFilter {
  state?: 'open' | 'acknowledged' | 'resolved' | 'unresolved';
  kpi?: string;
  policy?: string;
  owner?: string;
  /** Opened at or after, in epoch ms. */
  from?: number;
  /** Opened before, in epoch ms. */
  to?: number;
  limit?: number;
}

const STATE_WHERE = {
  open: 'resolved_at IS NULL AND acknowledged_at IS NULL',
  acknowledged: 'resolved_at IS NULL AND acknowledged_at IS NOT NULL',
  resolved: 'resolved_at IS NOT NULL',
  unresolved: 'resolved_at IS NULL',
} as const;

/** Newest opened first. */
export async function listEscalations(sql: SqlExecutor, filter: EscalationFilter): Promise<StoredEscalation[]> {
  const params: SqlParam[] = [];
  const where: string[] = [];
  const add = (clause: (n: number) => string, value: SqlParam | undefined) => {
    if (value !== undefined) {
      params.push(value);
      where.push(clause(params.length));
    }
  };
  add((n) => `kpi = $${n}`, filter.kpi);
  add((n) => `policy = $${n}`, filter.policy);
  add((n) => `lower(owner) = lower($${n})`, filter.owner);
  add((n) => `opened_at >= $${n}`, filter.from);
  add((n) => `opened_at < $${n}`, filter.to);
  if (filter.state !== undefined) {
    where.push(STATE_WHERE[filter.state]);
  }
  const clause = where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`;
  const limit = filter.limit === undefined ? '' : ` LIMIT ${Math.floor(filter.limit)}`;
  const rows = await sql.query(`SELECT * FROM escalations ${clause} ORDER BY opened_at DESC, id${limit}`, params);
  return rows.map(escalationOf);
}

const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['pending', 'delivered', 'failed'];

function deliveryOf(row: SqlRow): Delivery {
  const reason = ESCALATION_REASONS.find((r) => r === text(row, 'reason'));
  const status = DELIVERY_STATUSES.find((s) => s === text(row, 'status'));
  if (reason === undefined || status === undefined) {
    throw new Error(`escalations: delivery ${text(row, 'key')} has an unknown reason or status`);
  }
  return {
    key: text(row, 'key'),
    receiver: escalationReceiver.parse(JSON.parse(text(row, 'receiver'))),
    escalation: text(row, 'escalation'),
    reason,
    level: numberColumn(row, 'level') ?? 0,
    notice: escalationNotice.parse(JSON.parse(text(row, 'notice'))),
    createdAt: numberColumn(row, 'created_at') ?? 0,
    attempts: numberColumn(row, 'attempts') ?? 0,
    nextAt: numberColumn(row, 'next_at'),
    status,
    deliveredAt: numberColumn(row, 'delivered_at'),
    lastError: stringColumn(row, 'last_error'),
  };
}

/** Adds deliveries; one already there (same key and receiver) is kept as it is, so deciding twice sends once. */
export async function insertDeliveries(tx: SqlExecutor, deliveries: readonly Delivery[]): Promise<void> {
  for (const d of deliveries) {
    await tx.exec(
      `INSERT INTO escalation_deliveries
         (key, receiver_name, receiver, escalation, reason, level, notice, created_at, attempts, next_at, status, delivered_at, last_error)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (key, receiver_name) DO NOTHING`,
      [
        d.key,
        d.receiver.name,
        JSON.stringify(d.receiver),
        d.escalation,
        d.reason,
        d.level,
        JSON.stringify(d.notice),
        d.createdAt,
        d.attempts,
        d.nextAt,
        d.status,
        d.deliveredAt,
        d.lastError,
      ]
    );
  }
}

/** Pending deliveries due at `now`, oldest first. */
export async function dueDeliveries(sql: SqlExecutor, now: number, limit: number): Promise<Delivery[]> {
  const rows = await sql.query(
    `SELECT * FROM escalation_deliveries WHERE status = 'pending' AND next_at <= $1
     ORDER BY created_at, key, receiver_name LIMIT ${Math.floor(limit)}`,
    [now]
  );
  return rows.map(deliveryOf);
}

/** The earliest time a pending delivery is due, or null when none is pending. */
export async function nextDeliveryAt(sql: SqlExecutor): Promise<number | null> {
  const [row] = await sql.query(`SELECT min(next_at) AS next FROM escalation_deliveries WHERE status = 'pending'`);
  return numberColumn(row, 'next');
}

export async function deliveriesOf(sql: SqlExecutor, escalation: string): Promise<Delivery[]> {
  const rows = await sql.query(
    'SELECT * FROM escalation_deliveries WHERE escalation = $1 ORDER BY created_at, key, receiver_name',
    [escalation]
  );
  return rows.map(deliveryOf);
}

/** Records an attempt's outcome: delivered, pending again at `nextAt`, or failed for good. */
export async function recordAttempt(
  sql: SqlExecutor,
  d: Pick<Delivery, 'key'> & { receiverName: string },
  outcome:
    | { status: 'delivered'; attempts: number; at: number }
    | { status: 'pending'; attempts: number; nextAt: number; error: string }
    | { status: 'failed'; attempts: number; error: string }
): Promise<void> {
  const deliveredAt = outcome.status === 'delivered' ? outcome.at : null;
  const nextAt = outcome.status === 'pending' ? outcome.nextAt : null;
  const error = outcome.status === 'delivered' ? null : outcome.error;
  await sql.exec(
    `UPDATE escalation_deliveries SET status = $1, attempts = $2, next_at = $3, delivered_at = $4, last_error = $5
     WHERE key = $6 AND receiver_name = $7`,
    [outcome.status, outcome.attempts, nextAt, deliveredAt, error, d.key, d.receiverName]
  );
}
