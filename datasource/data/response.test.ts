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
  it('reads frames in the JSON of /api/ds/query and tags them with their refId', () => {
    const res = toQueryResponse({ results: { A: { frames: [frame] } } }, ['A']);
    expect(res.errors).toBeUndefined();
    expect(res.data).toHaveLength(1);
    const df = res.data[0];
    expect(df.refId).toBe('A');
    expect(df.length).toBe(2);
    expect(df.fields[1].values).toEqual([41, 43.5]);
    expect(df.meta.custom).toEqual({ kpiId: 'customer.nps', version: 2, definitionHash: 'abc' });
  });

  it('keeps per-query errors beside their refId and the other queries frames', () => {
    const res = toQueryResponse({ results: { A: { frames: [frame] }, B: { error: 'unknown KPI "x"' } } }, [
      'A',
      'B',
      'C',
    ]);
    expect(res.data).toHaveLength(1);
    expect(res.errors).toEqual([
      { refId: 'B', message: 'unknown KPI "x"' },
      { refId: 'C', message: 'The KPI server returned no result for query C' },
    ]);
  });
});
