import { AuditAppender } from '../registry/audit-log';
import { type Actor, RegistryError } from '../registry/types';
import { errorCode, errorMessage } from '../error-message';
import { type SqlDb, type SqlExecutor } from '../store/sql';

/** Records one maturity change in the audit chain (kind null: cycles are not registry resources). */
export type AuditRecord = (action: string, id: string, detail: { [key: string]: unknown }) => Promise<void>;

const DUPLICATE = /duplicate key|violates (primary key|unique) constraint/i;

/** One transaction holding the audit chain head, so writers are serialised and every change is logged with it. */
export async function auditedWrite<T>(
  db: SqlDb,
  actor: Actor,
  at: string,
  fn: (tx: SqlExecutor, record: AuditRecord) => Promise<T>
): Promise<T> {
  try {
    return await db.transaction(async (tx) => {
      const appender = await AuditAppender.lock(tx, db.dialect);
      const record: AuditRecord = async (action, id, detail) => {
        await appender.append({ actor: actor.name, action, kind: null, id, version: null, detail }, at);
      };
      return fn(tx, record);
    });
  } catch (err) {
    if (!(err instanceof RegistryError) && (errorCode(err) === '23505' || DUPLICATE.test(errorMessage(err)))) {
      throw new RegistryError('conflict', 'another writer made the same change at the same time: read it again');
    }
    throw err;
  }
}
