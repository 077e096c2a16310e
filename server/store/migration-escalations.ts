import { type Migration } from './migrations';

/** Escalations and their outbox of deliveries (§10); instants are epoch milliseconds. */
export const ESCALATIONS_MIGRATION: Migration = {
  version: 8,
  name: 'escalations, escalation_deliveries',
  async up(tx) {
    // breach, notifications, deferred and resolution are JSON; the columns filtered on are their own
    await tx.exec(`CREATE TABLE escalations (
      id TEXT PRIMARY KEY,
      policy TEXT NOT NULL,
      policy_version INTEGER NOT NULL,
      kpi TEXT NOT NULL,
      owner TEXT NOT NULL,
      opened_at BIGINT NOT NULL,
      breach TEXT NOT NULL,
      level INTEGER NOT NULL,
      notifications TEXT NOT NULL,
      deferred TEXT,
      acknowledged_at BIGINT,
      acknowledged_by TEXT,
      acknowledge_note TEXT,
      resolved_at BIGINT,
      resolved_by TEXT,
      resolve_note TEXT,
      resolution TEXT
    )`);
    await tx.exec('CREATE INDEX escalations_policy_kpi ON escalations (policy, kpi)');
    await tx.exec(`CREATE TABLE escalation_deliveries (
      key TEXT NOT NULL,
      receiver_name TEXT NOT NULL,
      receiver TEXT NOT NULL,
      escalation TEXT NOT NULL,
      reason TEXT NOT NULL,
      level INTEGER NOT NULL,
      notice TEXT NOT NULL,
      created_at BIGINT NOT NULL,
      attempts INTEGER NOT NULL,
      next_at BIGINT,
      status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
      delivered_at BIGINT,
      last_error TEXT,
      PRIMARY KEY (key, receiver_name)
    )`);
    await tx.exec('CREATE INDEX escalation_deliveries_due ON escalation_deliveries (status, next_at)');
  },
};
