import { benchmarksPath } from './links';

describe('benchmarksPath', () => {
  it('opens the Benchmarks page on the model, year and unit, encoded', () => {
    expect(benchmarksPath({ model: 'practice-model', year: 2026, unit: 'r&d' })).toBe(
      '/a/scorecard-suite-app/benchmarks?model=practice-model&year=2026&unit=r%26d'
    );
  });
});
