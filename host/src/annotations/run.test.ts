import { of } from 'rxjs';
import { type AnnotationQuery, dateTime, FieldType, toDataFrame } from '@grafana/data';
import { type DataSourceSrv, setDataSourceSrv } from '@grafana/runtime';
import type { DataQuery } from '@grafana/schema';
import { FakeDatasource } from '../testing/fakeDatasource';
import { runAnnotation, runnable } from './run';

const range = { from: dateTime(0), to: dateTime(3_600_000), raw: { from: 'now-1h', to: 'now' } };
const events = toDataFrame({
  fields: [
    { name: 'time', type: FieldType.time, values: [1000] },
    { name: 'timeEnd', type: FieldType.time, values: [2000] },
    { name: 'text', type: FieldType.string, values: ['changed'] },
  ],
});

function useDatasource(ds: FakeDatasource): void {
  const srv: Pick<DataSourceSrv, 'get'> = { get: () => Promise.resolve(ds) };
  setDataSourceSrv({
    ...srv,
    getList: () => [],
    getInstanceSettings: () => undefined,
    reload: () => undefined,
    registerRuntimeDataSource: () => undefined,
  });
}

interface KindQuery extends DataQuery {
  kind: string;
}

const saved: AnnotationQuery<KindQuery> = {
  name: 'Changes',
  enable: true,
  iconColor: 'blue',
  datasource: { uid: 'ds' },
  target: { refId: 'X', kind: 'changes' },
};

describe('runAnnotation', () => {
  test('prepareAnnotation, prepareQuery, ds.query with refId Anno, then the standard frame mapping', async () => {
    const ds = new FakeDatasource('ds', () => ({ data: [events] }));
    ds.annotations = {
      prepareAnnotation: (json: AnnotationQuery) => ({
        ...json,
        target: { ...json.target, refId: 'X', migrated: true },
      }),
      prepareQuery: (anno: AnnotationQuery) => anno.target,
    };
    useDatasource(ds);
    const run = await runAnnotation(saved, range, 'utc', 800);
    expect(ds.requests[0]?.targets).toEqual([{ refId: 'Anno', kind: 'changes', migrated: true }]);
    expect(ds.requests[0]?.scopedVars.__annotation?.text).toBe('Changes');
    expect(run.events).toMatchObject([
      { time: 1000, timeEnd: 2000, text: 'changed', isRegion: true, color: 'blue', type: 'Changes' },
    ]);
    expect(run.error).toBeUndefined();
  });

  test('processEvents replaces the standard mapping', async () => {
    const ds = new FakeDatasource('ds', () => ({ data: [events] }));
    ds.annotations = { processEvents: () => of([{ time: 5, text: 'custom' }]) };
    useDatasource(ds);
    expect((await runAnnotation(saved, range, 'utc', 800)).events).toMatchObject([
      { time: 5, text: 'custom', isRegion: false },
    ]);
  });

  test('a datasource without annotation support is an error, and so is a failed query', async () => {
    useDatasource(new FakeDatasource('ds', () => ({ data: [] })));
    expect((await runAnnotation(saved, range, 'utc', 800)).error).toMatch(/no annotation support/);
    const failing = new FakeDatasource('ds', () => ({ data: [], errors: [{ message: 'nope' }] }));
    failing.annotations = {};
    useDatasource(failing);
    expect((await runAnnotation(saved, range, 'utc', 800)).error).toBe('nope');
  });
});

describe('runnable', () => {
  test("disabled annotations and Grafana's built-in one do not run", () => {
    expect(runnable(saved)).toBe(true);
    expect(runnable({ ...saved, enable: false })).toBe(false);
    expect(runnable({ ...saved, builtIn: 1, datasource: { type: 'grafana', uid: '-- Grafana --' } })).toBe(false);
  });
});
