// Grafana's core TestData datasource, as far as the host needs it: scenarios, variable support, annotations, an editor.
import {
  type AnnotationQuery,
  type DataFrame,
  type DataQueryRequest,
  type DataQueryResponse,
  type StandardVariableQuery,
  StandardVariableSupport,
} from '@grafana/data';
import { RuntimeDataSource } from '@grafana/runtime';
import { runScenario, type TestDataQuery } from './scenarios';
import { TestDataQueryEditor } from './TestDataQueryEditor';

export const TESTDATA_TYPE = 'grafana-testdata-datasource';

// As Grafana's TestDataVariableSupport: a variable query is the variables-query scenario on its text.
class TestDataVariableSupport extends StandardVariableSupport<TestDataDataSource> {
  toDataQuery(query: StandardVariableQuery): TestDataQuery {
    return { refId: 'TestDataDataSource-QueryVariable', scenarioId: 'variables-query', stringInput: query.query };
  }
}

export class TestDataDataSource extends RuntimeDataSource<TestDataQuery> {
  constructor(uid: string) {
    super(TESTDATA_TYPE, uid);
    this.variables = new TestDataVariableSupport();
    this.components = { QueryEditor: TestDataQueryEditor };
    // Grafana's TestData makes sure an annotation has a scenario (its own "annotations" one, not in the host).
    this.annotations = {
      prepareAnnotation: (old: AnnotationQuery<TestDataQuery>) =>
        old.target?.scenarioId ? old : { ...old, target: { refId: 'Anno', scenarioId: 'annotations' } },
    };
  }

  override getDefaultQuery(): Partial<TestDataQuery> {
    return { scenarioId: 'csv_content', csvContent: '' };
  }

  query(request: DataQueryRequest<TestDataQuery>): Promise<DataQueryResponse> {
    const data: DataFrame[] = [];
    for (const target of request.targets.filter((t) => !t.hide)) {
      try {
        data.push(...runScenario(target, request.scopedVars));
      } catch (cause) {
        const message = cause instanceof Error ? cause.message : String(cause);
        return Promise.resolve({ data, errors: [{ message, refId: target.refId }] });
      }
    }
    return Promise.resolve({ data });
  }

  override async testDatasource() {
    return { status: 'success', message: 'Data source is working (host stand-in for TestData)' };
  }
}
