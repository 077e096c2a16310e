import { pageForPath, pathForPage } from './route';

describe('pageForPath', () => {
  it('finds the page named by the first path segment after the app base', () => {
    expect(pageForPath('/a/scorecard-suite-app/governance').id).toBe('governance');
    expect(pageForPath('/a/scorecard-suite-app/maturity/cycles/2026').id).toBe('maturity');
  });

  it('falls back to the overview for the bare app path, unknown pages and foreign paths', () => {
    expect(pageForPath('/a/scorecard-suite-app').id).toBe('overview');
    expect(pageForPath('/a/scorecard-suite-app/nope').id).toBe('overview');
    expect(pageForPath('/d/abc').id).toBe('overview');
  });

  it('round-trips with pathForPage', () => {
    expect(pageForPath(pathForPage('benchmarks')).id).toBe('benchmarks');
  });
});
