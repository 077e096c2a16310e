import { resourceDocument } from '../schema';
import { checkBundle } from './references';

const sqlKpi = (id: string, query: string) =>
  resourceDocument.parse({
    apiVersion: 'scorecard/v1',
    kind: 'KPI',
    metadata: { id },
    spec: {
      name: id,
      perspective: 'customer',
      indicator: 'lagging',
      unit: 'score',
      direction: 'higher-is-better',
      target: 45,
      thresholds: { redFlag: 20, goal: 45 },
      owner: 'cx',
      calculation: { sql: { query } },
    },
  });

const QUERY = ['spec', 'calculation', 'sql', 'query'];

describe('sql KPI templates in checkBundle', () => {
  it('accepts one SELECT or WITH … SELECT that reads the store', () => {
    const query = 'WITH d AS (SELECT time, value FROM events) SELECT time, sum(value) AS value FROM d GROUP BY 1';
    expect(checkBundle([sqlKpi('ok', query)])).toEqual([]);
  });

  it.each([
    [
      'WITH x AS (DELETE FROM events RETURNING time) SELECT time, 1 AS value FROM x',
      'the SQL must only read: DELETE is not allowed in a KPI query',
    ],
    ['DELETE FROM events', 'the SQL must be a single SELECT or WITH query, not DELETE'],
    ['SELECT 1 AS value; DROP TABLE events', 'the SQL must be a single statement: ";" may only end it'],
    [
      "SELECT now() AS time, 1 AS value, content AS breakdown FROM read_text('/etc/passwd')",
      'the SQL may not call read_text(): KPI queries cannot read files, the network or settings',
    ],
    [
      "SELECT now() AS time, 1 AS value FROM (SELECT set_config('role', 'postgres', true)) s",
      'the SQL may not call set_config(): KPI queries cannot read files, the network or settings',
    ],
  ])('reports %j at the query', (query, message) => {
    expect(checkBundle([sqlKpi('bad', query)])).toEqual([{ doc: 0, path: QUERY, message }]);
  });
});
