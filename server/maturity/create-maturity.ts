import { type SqlDb } from '../store/sql';
import { BenchmarkService } from './benchmark-service';
import { type MaturityDeps } from './cycle-context';
import { ExemptionService } from './exemptions';
import { MaturityService } from './service';

export interface Maturity {
  maturity: MaturityService;
  exemptions: ExemptionService;
  benchmarks: BenchmarkService;
}

/** The maturity services over one store's SQL, as the routes and the local CLI use them. */
export function createMaturity(db: SqlDb, deps: MaturityDeps): Maturity {
  return {
    maturity: new MaturityService(db, deps),
    exemptions: new ExemptionService(db, deps),
    benchmarks: new BenchmarkService(db, deps),
  };
}
