import { dateTime, type DataFrame, FieldType } from '@grafana/data';
import { setTemplateSrv } from '@grafana/runtime';
import { HostTemplateSrv } from '../../services/templateSrv';
import { queryVariableOptions } from '../../templating/queryVariable';
import { TestDataDataSource } from './datasource';
import { csvContentFrame, rawFrames } from './scenarios';

const range = { from: dateTime(0), to: dateTime(1), raw: { from: 'now-1h', to: 'now' } };
const request = (targets: object[]) => ({
  requestId: 'Q1',
  app: 'dashboard',
  interval: '1s',
  intervalMs: 1000,
  range,
  scopedVars: { who: { text: 'World', value: 'World' } },
  targets: targets.map((t, i) => ({ refId: String.fromCharCode(65 + i), ...t })),
  timezone: 'utc',
  startTime: 0,
});
const firstValues = (frames: DataFrame[]) => frames.map((f) => f.fields[0]?.values);

beforeAll(() => setTemplateSrv(new HostTemplateSrv()));

describe('csv_content', () => {
  test('typed fields: numbers as numbers, a time column as epoch ms, strings as strings', () => {
    const [frame] = csvContentFrame('name,value,time\na,1.5,2026-01-01T00:00:00Z\nb,2,2026-01-02T00:00:00Z', 'A');
    expect(frame?.refId).toBe('A');
    expect(frame?.fields.map((f) => [f.name, f.type, f.values])).toEqual([
      ['name', FieldType.string, ['a', 'b']],
      ['value', FieldType.number, [1.5, 2]],
      ['time', FieldType.time, [Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 2)]],
    ]);
  });

  test('empty content gives no frame', () => {
    expect(csvContentFrame('  ', 'A')).toEqual([]);
  });
});

describe('TestDataDataSource.query', () => {
  const ds = new TestDataDataSource('td');

  test('interpolates csvContent with the scoped variables and skips hidden targets', async () => {
    const response = await ds.query(
      request([
        { scenarioId: 'csv_content', csvContent: 'greeting\nHello $who' },
        { scenarioId: 'csv_content', csvContent: 'x\n1', hide: true },
      ])
    );
    expect(firstValues(response.data)).toEqual([['Hello World']]);
  });

  test('raw_frame parses the JSON frames; bad JSON is an error of that target', async () => {
    const content = JSON.stringify([{ name: 'nodes', fields: [{ name: 'id', values: ['a'] }] }]);
    expect(rawFrames(content, 'B').map((f) => [f.name, f.refId, f.length])).toEqual([['nodes', 'B', 1]]);
    const response = await ds.query(request([{ scenarioId: 'raw_frame', rawFrameContent: '{not json' }]));
    expect(response.errors?.[0]?.refId).toBe('A');
  });

  test('another scenario is an error that names it', async () => {
    const response = await ds.query(request([{ scenarioId: 'random_walk' }]));
    expect(response.errors).toEqual([
      {
        refId: 'A',
        message:
          'TestData scenario "random_walk" is not available in the host (only csv_content, raw_frame, variables-query)',
      },
    ]);
  });

  test('a query variable runs the variables-query scenario through StandardVariableSupport', async () => {
    const options = await queryVariableOptions({ name: 'v', type: 'query', query: 'B.*' }, ds, range);
    expect(options.map((o) => o.value)).toEqual(['BA', 'BB', 'BC']);
  });

  test('prepareAnnotation gives a target without a scenario the annotations scenario, as Grafana', () => {
    const prepared = ds.annotations?.prepareAnnotation?.({ name: 'a', enable: true, iconColor: 'red' });
    expect(prepared?.target).toEqual({ refId: 'Anno', scenarioId: 'annotations' });
  });
});
