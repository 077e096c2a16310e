import { type ResourceDocument } from '../schema';
import { type DocProblem } from './reference-rules';
import { checkSqlTemplate } from './sql-template';

const QUERY_PATH = ['spec', 'calculation', 'sql', 'query'];

/** An `sql` KPI's query must be one SELECT that only reads (checked again when it runs). */
export function sqlProblems(doc: ResourceDocument): DocProblem[] {
  if (doc.kind !== 'KPI' || !('sql' in doc.spec.calculation)) {
    return [];
  }
  try {
    checkSqlTemplate(doc.spec.calculation.sql.query);
    return [];
  } catch (err) {
    return [{ path: QUERY_PATH, message: err instanceof Error ? err.message : String(err) }];
  }
}
