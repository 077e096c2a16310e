import { type CatalogEntry } from '../../../../core/app-api';
import { kpiCounts } from './kpiStates';

const kpi = (id: string, state: CatalogEntry['state'], perspective: string): CatalogEntry => ({
  id,
  name: id,
  description: null,
  perspective,
  journeyStage: null,
  indicator: 'lagging',
  unit: 'percent',
  direction: 'higher-is-better',
  period: 'month',
  target: 1,
  redFlag: 0,
  goal: 1,
  owner: 'ana',
  assumptions: null,
  labels: {},
  calculation: 'measure',
  scorecards: [],
  version: 1,
  latestVersion: 1,
  approvedVersion: 1,
  state,
  fourEyes: true,
});

describe('kpiCounts', () => {
  it('counts every state (zeros kept) and each perspective, linking the filtered catalog', () => {
    const counts = kpiCounts([
      kpi('a', 'approved', 'Customer'),
      kpi('b', 'approved', 'Financial'),
      kpi('c', 'proposed', 'Customer'),
      kpi('d', 'draft', 'Internal process'),
    ]);
    expect(counts.total).toBe(4);
    // approved a,b = 2; proposed c = 1; draft d = 1; retired none = 0
    expect(counts.byState.map((s) => [s.key, s.count])).toEqual([
      ['approved', 2],
      ['proposed', 1],
      ['draft', 1],
      ['retired', 0],
    ]);
    expect(counts.byState[1]?.href).toBe('/a/scorecard-suite-app/catalog?state=proposed');
    // Customer a,c = 2; Financial b = 1; Internal process d = 1; alphabetical
    expect(counts.byPerspective.map((p) => [p.label, p.count, p.href])).toEqual([
      ['Customer', 2, '/a/scorecard-suite-app/catalog?perspective=Customer'],
      ['Financial', 1, '/a/scorecard-suite-app/catalog?perspective=Financial'],
      ['Internal process', 1, '/a/scorecard-suite-app/catalog?perspective=Internal+process'],
    ]);
  });

  it('shows zero everywhere for an empty catalog', () => {
    const counts = kpiCounts([]);
    expect(counts.byState.map((s) => s.count)).toEqual([0, 0, 0, 0]);
    expect(counts.byPerspective).toEqual([]);
  });
});
