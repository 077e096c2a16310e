import { calculation, isConversion } from './kpi';

const issues = (value: object) => {
  const result = calculation.safeParse(value);
  return result.success ? [] : result.error.issues;
};

describe('calculation measure', () => {
  it('accepts a conversion between two stages of a journey, without a source', () => {
    const parsed = calculation.parse({
      measure: { aggregate: 'conversion', journey: 'signup', from: 'trial', to: 'paid' },
    });
    expect(parsed).toEqual({ measure: { aggregate: 'conversion', journey: 'signup', from: 'trial', to: 'paid' } });
    expect('measure' in parsed && isConversion(parsed.measure)).toBe(true);
  });

  it('keeps SQL measures as they were', () => {
    const parsed = calculation.parse({ measure: { source: 'events', aggregate: 'nps', field: 'value' } });
    expect(parsed).toEqual({ measure: { source: 'events', aggregate: 'nps', field: 'value' } });
    expect('measure' in parsed && isConversion(parsed.measure)).toBe(false);
    expect(issues({ measure: { source: 'events', aggregate: 'sum' } })).toEqual([
      expect.objectContaining({ path: ['measure', 'field'], message: 'aggregate "sum" needs a field' }),
    ]);
  });

  it('refuses a conversion with SQL measure fields or without a stage', () => {
    const withSource = { aggregate: 'conversion', journey: 'signup', from: 'trial', to: 'paid', source: 'events' };
    expect(issues({ measure: withSource })).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['source'], path: ['measure'] }),
    ]);
    const [union] = issues({ measure: { aggregate: 'conversion', journey: 'signup', from: 'trial' } });
    expect(union?.code === 'invalid_union' ? union.errors[0]?.map((i) => i.path) : union).toEqual([['measure', 'to']]);
  });

  it('names every aggregate when the one given is unknown or missing', () => {
    const all = 'count, count_distinct, sum, avg, min, max, median, p90, nps, csat, ces, ratio, conversion';
    const branch = (measure: object) => {
      const [union] = issues({ measure });
      return union?.code === 'invalid_union' ? union.errors[0]?.map((i) => ({ path: i.path, message: i.message })) : [];
    };
    expect(branch({ source: 'events', aggregate: 'funnel' })).toEqual([
      { path: ['measure', 'aggregate'], message: `must be one of ${all}; got "funnel"` },
    ]);
    expect(branch({ source: 'events' })).toEqual([
      { path: ['measure', 'aggregate'], message: `missing required field "aggregate": one of ${all}` },
    ]);
  });
});
