import { maturityModelSpec } from './maturity-model';

const spec = (over: Record<string, unknown> = {}) => ({
  name: 'M',
  stages: [
    { id: 'one', name: 'One' },
    { id: 'two', name: 'Two' },
  ],
  dimensions: [
    { id: 'd', name: 'D', criteria: [{ id: 'c1', stage: 'one', text: 'x' }] },
    { id: 'e', name: 'E', criteria: [{ id: 'c2', stage: 'two', text: 'y' }] },
  ],
  ...over,
});

const messages = (input: unknown) => {
  const result = maturityModelSpec.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('maturity model schema', () => {
  it('accepts a model whose ids are unique, and fills in the default stages', () => {
    expect(messages(spec())).toEqual([]);
    const { stages: _given, ...rest } = spec();
    const parsed = maturityModelSpec.parse({
      ...rest,
      dimensions: [{ id: 'd', name: 'D', criteria: [{ id: 'c1', stage: 'ad-hoc', text: 'x' }] }],
    });
    expect(parsed.stages.map((s) => s.id)).toEqual(['ad-hoc', 'defined', 'managed', 'optimized', 'predictive']);
  });

  it('names duplicate stage, dimension and criterion ids, the reserved stage "none" and unknown stages', () => {
    const bad = spec({
      stages: [
        { id: 'none', name: 'None' },
        { id: 'two', name: 'Two' },
        { id: 'two', name: 'Again' },
      ],
      dimensions: [
        { id: 'd', name: 'D', criteria: [{ id: 'c1', stage: 'one', text: 'x' }] },
        { id: 'd', name: 'D2', criteria: [{ id: 'c1', stage: 'two', text: 'y' }] },
      ],
    });
    expect(messages(bad)).toEqual([
      'stages.0.id: "none" is reserved for "below the lowest stage"',
      'stages: duplicate stage id "two"',
      'dimensions: duplicate dimension id "d"',
      'dimensions: duplicate criterion id "c1"',
      'dimensions.0.criteria.0.stage: unknown stage "one" (stages: none, two, two)',
    ]);
  });
});
