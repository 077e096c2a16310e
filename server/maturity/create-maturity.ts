import { type SqlDb } from '../store/sql';
import { type MaturityDeps } from './cycle-context';
import { ExemptionService } from './exemptions';
import { MaturityService } from './service';

/** The maturity services over one store's SQL, as the routes and the local CLI use them. */
export function createMaturity(
  db: SqlDb,
  deps: MaturityDeps
): { maturity: MaturityService; exemptions: ExemptionService } {
  return { maturity: new MaturityService(db, deps), exemptions: new ExemptionService(db, deps) };
}
