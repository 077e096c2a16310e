import { KpiServerError } from '../../../../api/kpiServer';
import { explainError } from '../../../governance/data/errors';

/** A refused settle or release in plain words; a 409 keeps the server's own message (it names the criteria). */
export function explainRefusal(err: unknown): string {
  return err instanceof KpiServerError && err.status === 409 ? `Refused (409): ${err.message}` : explainError(err);
}
