import { errorMessage } from '../../error-message';
import { type SqlDb } from '../../store/sql';
import { DEFAULT_TIMEOUT_MS } from '../sources/timeout';
import { type CalculationRequest, type SeriesPoints, type SqlKpiRunner } from '../types';
import { prepareSqlKpiRole } from './pg-reader';
import { runReadOnly } from './read-only';
import { sqlSeries } from './rows';
import { bindMacros, type BoundQuery } from './statement';

function bind(query: string, req: CalculationRequest, what: string): BoundQuery {
  try {
    return bindMacros(query, { ...req.range, intervalMs: req.intervalMs });
  } catch (err) {
    throw new Error(`${what}: ${errorMessage(err)}`, { cause: err });
  }
}

export interface SqlKpiRunnerOptions {
  /** Statement timeout in ms (default 10 s). */
  timeoutMs?: number;
}

/**
 * Runs `sql` KPIs on the server's own store: one SELECT/WITH query that only reads, macros bound as
 * parameters, never able to change the store or reach the host (see runReadOnly; on PostgreSQL as the
 * role of prepareSqlKpiRole), cancelled after the timeout.
 */
export class StoreSqlKpiRunner implements SqlKpiRunner {
  private readonly timeoutMs: number;
  private role: Promise<string | null> | null = null;

  constructor(
    private readonly db: SqlDb,
    options: SqlKpiRunnerOptions = {}
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  async run(req: CalculationRequest): Promise<SeriesPoints[]> {
    const { calculation } = req.kpi.spec;
    const what = `the SQL of KPI "${req.kpi.metadata.id}"`;
    if (!('sql' in calculation)) {
      throw new Error(`KPI "${req.kpi.metadata.id}" is not an sql KPI`);
    }
    const bound = bind(calculation.sql.query, req, what);
    const role = this.db.dialect === 'postgres' ? await this.sqlKpiRole() : null;
    const result = await runReadOnly(this.db, bound, { timeoutMs: this.timeoutMs, what, role });
    return sqlSeries(result, { what, breakdown: req.breakdown });
  }

  // prepared once; a failure is not kept, so the next query tries again
  private sqlKpiRole(): Promise<string | null> {
    if (this.role === null) {
      const preparing = prepareSqlKpiRole(this.db);
      this.role = preparing;
      preparing.catch(() => {
        this.role = null;
      });
    }
    return this.role;
  }
}
