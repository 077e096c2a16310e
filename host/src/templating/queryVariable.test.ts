import { of } from 'rxjs';
import {
  CustomVariableSupport,
  DataSourceVariableSupport,
  dateTime,
  FieldType,
  type MetricFindValue,
  StandardVariableSupport,
  toDataFrame,
  VariableSort,
} from '@grafana/data';
import type { DataQuery } from '@grafana/schema';
import { FakeDatasource } from '../testing/fakeDatasource';
import { queryVariableOptions } from './queryVariable';

const range = { from: dateTime(0), to: dateTime(1000), raw: { from: 'now-1h', to: 'now' } };
const names = (...values: string[]) => ({
  data: [toDataFrame({ fields: [{ name: 'text', type: FieldType.string, values }] })],
});

class Custom extends CustomVariableSupport<FakeDatasource> {
  editor = () => null;
  constructor(private readonly ds: FakeDatasource) {
    super();
  }
  query(request: Parameters<FakeDatasource['query']>[0]) {
    this.ds.requests.push(request);
    return of(names('from-custom'));
  }
}

interface ExprQuery extends DataQuery {
  expr: string;
}

class Standard extends StandardVariableSupport<FakeDatasource> {
  toDataQuery(query: { refId: string; query: string }): ExprQuery {
    return { refId: query.refId, expr: query.query.toUpperCase() };
  }
}

describe('queryVariableOptions', () => {
  test('CustomVariableSupport: its query gets the saved query object as the one target', async () => {
    const ds = new FakeDatasource('ds', () => names('unused'));
    ds.variables = new Custom(ds);
    const options = await queryVariableOptions({ name: 'kpi', type: 'query', query: { kind: 'kpis' } }, ds, range);
    expect(options).toEqual([{ text: 'from-custom', value: 'from-custom' }]);
    expect(ds.requests[0]?.targets).toEqual([{ refId: 'variable-query', kind: 'kpis' }]);
    expect(ds.requests[0]?.range).toBe(range);
  });

  test('StandardVariableSupport: toDataQuery, then ds.query', async () => {
    const ds = new FakeDatasource('ds', (req) =>
      names(String(req.targets[0] && 'expr' in req.targets[0] ? req.targets[0].expr : ''))
    );
    ds.variables = new Standard();
    const options = await queryVariableOptions({ name: 'v', type: 'query', query: 'up' }, ds, range);
    expect(options).toEqual([{ text: 'UP', value: 'UP' }]);
  });

  test('DataSourceVariableSupport: ds.query with the saved query', async () => {
    const ds = new FakeDatasource('ds', () => names('b', 'a'));
    ds.variables = new (class extends DataSourceVariableSupport<FakeDatasource> {})();
    const json = { name: 'v', type: 'query' as const, query: { q: 1 }, sort: VariableSort.alphabeticalAsc };
    expect((await queryVariableOptions(json, ds, range)).map((o) => o.value)).toEqual(['a', 'b']);
  });

  test('legacy metricFindQuery when there is no variable support', async () => {
    const ds = new FakeDatasource('ds', () => names());
    const calls: unknown[] = [];
    ds.metricFindQuery = async (query: unknown): Promise<MetricFindValue[]> => {
      calls.push(query);
      return [{ text: 'One', value: 1 }];
    };
    expect(await queryVariableOptions({ name: 'v', type: 'query', query: 'q' }, ds, range)).toEqual([
      { text: 'One', value: '1' },
    ]);
    expect(calls).toEqual(['q']);
  });

  test('query errors become the variable error', async () => {
    const ds = new FakeDatasource('ds', () => ({ data: [], errors: [{ message: 'bad query' }] }));
    ds.variables = new (class extends DataSourceVariableSupport<FakeDatasource> {})();
    await expect(queryVariableOptions({ name: 'v', type: 'query', query: {} }, ds, range)).rejects.toThrow('bad query');
  });
});
