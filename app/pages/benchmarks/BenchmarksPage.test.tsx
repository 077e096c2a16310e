import { act, render, screen, waitFor, within } from '@testing-library/react';
import { OrgRole } from '@grafana/data';
import { locationService } from '@grafana/runtime';
import { fakeBackend, ok } from '../../testing/fakeBackend';
import { signIn } from '../../testing/signIn';
import { entry } from '../catalog/data/fixtures';
import { BenchmarksPage } from './BenchmarksPage';
import { benchmarksTestIds as ids } from './testIds';

const BASE = '/api/plugin-proxy/scorecard-suite-app/viewer/v1/';
const NOW = Date.parse('2026-12-02T12:00:00Z');

const cycle = (unit: string, year: number) => ({
  id: `${unit}-${year}`,
  model: 'acme-capability',
  modelVersion: 1,
  unit,
  year,
  asOf: `${year}-12-31`,
  assessors: ['ana'],
  lead: 'ana',
  state: 'released',
  createdBy: 'admin',
  createdAt: `${year}-01-01T00:00:00Z`,
  releasedBy: 'ana',
  releasedAt: `${year}-11-01T00:00:00Z`,
  progress: { ana: 4 },
  criteria: 4,
});
const UNITS = ['alpha', 'beta', 'gamma', 'delta', 'eps', 'zeta'];
const stages = [
  { id: 'crawl', name: 'Crawl' },
  { id: 'walk', name: 'Walk' },
  { id: 'run', name: 'Run' },
];

// delivery, 6 units at indices 0, 1, 1, 2, 2, 3: the 3rd smallest (lower median) is 1 = crawl
const benchmarks = (year: number) => ({
  model: 'acme-capability',
  year,
  minGroup: 5,
  units: 6,
  stages,
  dimensions: [
    {
      id: 'delivery',
      name: 'Delivery',
      n: 6,
      suppressed: false,
      counts: { none: 1, crawl: 2, walk: 2, run: 1 },
      median: 'crawl',
      medianIndex: 1,
      // 100 × (below + ½ equal) / 6
      ranks: {
        alpha: (100 * 0.5) / 6,
        gamma: (100 * 2) / 6,
        delta: (100 * 2) / 6,
        beta: (100 * 4) / 6,
        eps: (100 * 4) / 6,
        zeta: (100 * 5.5) / 6,
      },
    },
    {
      id: 'skills',
      name: 'Skills',
      n: 4,
      suppressed: true,
      reason: 'only 4 units (fewer than the minimum group of 5)',
    },
  ],
  peers: [
    {
      format: 'scorecard-benchmark/v1',
      source: 'Contoso',
      model: 'acme-capability',
      year,
      minGroup: 5,
      exportedAt: '2026-11-20T00:00:00Z',
      stages,
      dimensions: [
        { id: 'delivery', n: 10, counts: { none: 0, crawl: 5, walk: 3, run: 2 }, median: 'crawl', medianIndex: 1 },
        { id: 'skills', suppressed: true },
      ],
      id: `contoso-acme-capability-${year}`,
      importedBy: 'ana',
      importedAt: '2026-11-21T00:00:00Z',
    },
  ],
});

const kpi = (id: string, name: string) =>
  entry(id, {
    name,
    perspective: 'Customer',
    unit: 'percent',
    target: 50,
    redFlag: 20,
    goal: 60,
    owner: 'ana',
    calculation: 'measure',
  });

const kpiBenchmarks = {
  kpi: 'k.retention',
  by: 'region',
  unit: 'percent',
  period: 'month',
  minGroup: 5,
  dominance: 0.5,
  periods: [
    {
      start: '2026-10-01T00:00:00Z',
      end: '2026-11-01T00:00:00Z',
      label: 'October 2026',
      n: 6,
      suppressed: false,
      p10: 10,
      p25: 20,
      p50: 40,
      p75: 60,
      p90: 70,
      ranks: { apac: 25, emea: 75 },
    },
    {
      start: '2026-11-01T00:00:00Z',
      end: '2026-12-01T00:00:00Z',
      label: 'November 2026',
      n: 3,
      suppressed: true,
      reason: 'only 3 units (fewer than the minimum group of 5)',
    },
  ],
};

function serve(released: unknown[]) {
  const backend = fakeBackend({
    [`GET ${BASE}maturity/cycles`]: ok({ cycles: released }),
    [`GET ${BASE}benchmarks`]: (_, query) => ok(benchmarks(Number(query.get('year')))),
    [`GET ${BASE}catalog`]: ok({ kpis: [kpi('k.retention', 'Retention'), kpi('k.churn', 'Zero churn')] }),
    [`GET ${BASE}benchmarks/kpis`]: ok(kpiBenchmarks),
  });
  return () => backend.requests.map((r) => r.url.replace(BASE, ''));
}

describe('BenchmarksPage', () => {
  beforeEach(() => {
    signIn('vera', OrgRole.Viewer);
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
  });
  afterEach(() => jest.restoreAllMocks());

  it('shows each dimension with the unit from the URL highlighted, suppressed groups and the peer', async () => {
    const calls = serve([...UNITS.map((u) => cycle(u, 2026)), cycle('alpha', 2025)]);
    act(() => locationService.push('/a/scorecard-suite-app/benchmarks?unit=beta&kpi=k.retention&by=region&value=emea'));
    render(<BenchmarksPage />);

    const rank = await screen.findByTestId(ids.rank('delivery'));
    // beta at walk: 3 below, 2 level (itself included): 100 × 4 / 6 = 66.7
    expect(rank).toHaveTextContent('beta: 67th percentile: above 3 of 6 units, level with 1 other');
    expect(calls()).toContain('benchmarks?model=acme-capability&year=2026&minGroup=5');

    const dimension = screen.getByTestId(ids.dimension('delivery'));
    expect(dimension).toHaveTextContent('6 units · median Crawl');
    expect(screen.getByTestId(ids.bar('delivery', 'none'))).toHaveTextContent('Below the lowest stage1');
    expect(screen.getByTestId(ids.bar('delivery', 'crawl'))).toHaveTextContent('Crawl2median');
    expect(screen.getByTestId(ids.bar('delivery', 'walk'))).toHaveTextContent('Walk2beta');
    expect(screen.getByTestId(ids.bar('delivery', 'run'))).toHaveTextContent('Run1');

    // against Contoso: 5 below, 3 level: 100 × (5 + 1.5) / 10 = 65
    const peer = screen.getByTestId(ids.peer('Contoso', 'delivery'));
    expect(peer).toHaveTextContent('Contoso · 2026');
    expect(peer).toHaveTextContent('10 units · median Crawl');
    expect(peer).toHaveTextContent('beta against Contoso: 65th percentile: above 5 of 10 units, level with 3 units');

    expect(screen.getByTestId(ids.suppressed('skills'))).toHaveTextContent(
      'Suppressed: only 4 units (fewer than the minimum group of 5).'
    );
    const skills = screen.getByTestId(ids.dimension('skills'));
    expect(within(skills).queryByTestId(ids.bar('skills', 'crawl'))).toBeNull();
    expect(screen.getByTestId(ids.peer('Contoso', 'skills'))).toHaveTextContent('Suppressed by the peer');

    const october = await screen.findByTestId(ids.kpiPeriod('October 2026'));
    expect(october).toHaveTextContent('October 2026610%20%40%60%70%75th percentile');
    expect(screen.getByTestId(ids.kpiPeriod('November 2026'))).toHaveTextContent(
      'November 20263Suppressed: only 3 units (fewer than the minimum group of 5)'
    );
    expect(screen.getByTestId(ids.kpiTable)).toHaveTextContent('Rank of emea');
    const kpiCall = calls().find((c) => c.startsWith('benchmarks/kpis?'));
    const q = new URLSearchParams(kpiCall?.split('?')[1]);
    expect([q.get('kpi'), q.get('by'), q.get('minGroup'), q.get('to')]).toEqual([
      'k.retention',
      'region',
      '5',
      String(NOW),
    ]);
    // 12 whole months before December 2026, from a day early: 2025-11-30
    expect(q.get('from')).toBe(String(Date.parse('2025-11-30T00:00:00Z')));
  });

  it('follows a change of the URL query', async () => {
    const calls = serve([...UNITS.map((u) => cycle(u, 2026)), cycle('alpha', 2025)]);
    act(() => locationService.push('/a/scorecard-suite-app/benchmarks?unit=beta'));
    render(<BenchmarksPage />);
    await screen.findByTestId(ids.rank('delivery'));
    act(() => locationService.partial({ year: 2025, minGroup: 3, unit: 'alpha' }));
    await waitFor(() => expect(calls()).toContain('benchmarks?model=acme-capability&year=2025&minGroup=3'));
    // alpha below the lowest stage: 0 below, itself level: 100 × 0.5 / 6 = 8.3
    await waitFor(() =>
      expect(screen.getByTestId(ids.rank('delivery'))).toHaveTextContent('alpha: 8th percentile: above 0 of 6 units')
    );
    expect(screen.getByTestId(ids.bar('delivery', 'none'))).toHaveTextContent('alpha');
  });

  it('says how to get benchmarks when no cycle is released yet', async () => {
    serve([]);
    act(() => locationService.push('/a/scorecard-suite-app/benchmarks'));
    render(<BenchmarksPage />);
    const empty = await screen.findByTestId(ids.empty);
    expect(empty).toHaveTextContent('No released maturity cycles yet');
    expect(empty).toHaveTextContent('Run the annual review on the Maturity page');
    expect(within(empty).getByRole('link', { name: /Go to Maturity/ })).toHaveAttribute(
      'href',
      '/a/scorecard-suite-app/maturity'
    );
  });
});
