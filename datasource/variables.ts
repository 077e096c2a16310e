import { from, type Observable, of } from 'rxjs';
import { CustomVariableSupport, type DataQueryRequest, type DataQueryResponse } from '@grafana/data';
import { VariableQueryEditor } from './components/VariableQueryEditor';
import { type KpiDataSource } from './datasource';
import { QueryModelError } from './data/queryError';
import { toVariableQuery } from './data/variableQuery';
import { type SavedVariableQuery } from './types';

/** Query variables listing KPIs, scorecards, journeys, segments, perspectives, channels or regions. */
export class KpiVariableSupport extends CustomVariableSupport<KpiDataSource, SavedVariableQuery> {
  editor = VariableQueryEditor;

  constructor(private readonly datasource: KpiDataSource) {
    super();
  }

  query(request: DataQueryRequest<SavedVariableQuery>): Observable<DataQueryResponse> {
    try {
      return from(this.datasource.query({ ...request, targets: request.targets.map(toVariableQuery) }));
    } catch (err) {
      if (err instanceof QueryModelError) {
        return of({ data: [], errors: [{ message: err.message }] });
      }
      throw err;
    }
  }
}
