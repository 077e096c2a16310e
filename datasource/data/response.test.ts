import { FieldType } from '@grafana/data';
import { toQueryResponse } from './response';

const frame = {
  schema: {
    name: 'customer.nps',
    fields: [
      { name: 'time', type: FieldType.time },
      { name: 'customer.nps', type: FieldType.number, config: { unit: 'none' } },
    ],
    meta: { custom: { kpiId: 'customer.nps', version: 2, definitionHash: 'abc' } },
  },
  data: {
    values: [
      [1700000000000, 1700086400000],
      [41, 43.5],
    ],
  },
};

describe('toQueryResponse', () => {
  it('reads frames in the JSON of /api/ds/query and tags them with the refId of their panel query', () => {
    const res = toQueryResponse({ results: { 'A/2': { frames: [frame] } } }, [
      { sentRefId: 'A/2', refId: 'A', label: 'customer.nps' },
    ]);
    expect(res.errors).toBeUndefined();
    expect(res.data).toHaveLength(1);
    const df = res.data[0];
    expect(df.refId).toBe('A');
    expect(df.length).toBe(2);
    expect(df.fields[1].values).toEqual([41, 43.5]);
    expect(df.meta.custom).toEqual({ kpiId: 'customer.nps', version: 2, definitionHash: 'abc' });
  });

  it('keeps per-query errors with their status beside their refId, and the other queries frames', () => {
    const res = toQueryResponse(
      {
        results: {
          A: { frames: [frame] },
          B: { error: 'unknown KPI "x"', status: 404 },
          'D/1': { error: 'frozen until 2027-01-01', status: 423 },
        },
      },
      [
        { sentRefId: 'A', refId: 'A' },
        { sentRefId: 'B', refId: 'B' },
        { sentRefId: 'C', refId: 'C' },
        { sentRefId: 'D/1', refId: 'D', label: 'ops.mttr' },
      ]
    );
    expect(res.data).toHaveLength(1);
    expect(res.errors).toEqual([
      { refId: 'B', status: 404, message: 'Not found (404): unknown KPI "x"' },
      { refId: 'C', message: 'The KPI server returned no result for query C' },
      { refId: 'D', status: 423, message: 'ops.mttr: Frozen (423): frozen until 2027-01-01' },
    ]);
  });
});
