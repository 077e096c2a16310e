import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  calibrationCycle,
  calibrationResults,
  openCycle,
  openResults,
  releasedCycle,
  releasedResults,
} from './fixtures';
import { ResultsView } from './ResultsView';
import { resultsTestIds as ids } from './testIds';

describe('ResultsView', () => {
  it('shows a released cycle: stages in words, agreement, who released it, and the links', async () => {
    render(<ResultsView cycle={releasedCycle} results={releasedResults} />);
    const headline = await screen.findByTestId(ids.headline);
    expect(within(headline).getByText('Below Basic')).toBeInTheDocument();
    expect(
      within(headline).getByText('Agreement 0.72 (tentative: draw tentative conclusions only)')
    ).toBeInTheDocument();
    expect(within(headline).getByText('Released by ann on 30 Nov 2026')).toBeInTheDocument();
    expect(screen.queryByTestId(ids.provisional)).not.toBeInTheDocument();
    expect(screen.getByTestId(ids.reportLink)).toHaveAttribute(
      'href',
      '/a/scorecard-suite-app/maturity/ops-2026/report'
    );
    expect(screen.getByTestId(ids.benchmarksLink)).toHaveAttribute(
      'href',
      '/a/scorecard-suite-app/benchmarks?model=practice-model&year=2026&unit=ops'
    );
  });

  it('draws the heatmap as a table with stage headers, text in each cell and change arrows', async () => {
    const user = userEvent.setup();
    render(<ResultsView cycle={releasedCycle} results={releasedResults} />);
    const table = await screen.findByTestId(ids.heatmap);
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Dimension', 'Basic', 'Managed', 'Leading', 'Since 2025', 'Assessors']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent)
    ).toEqual(['Data', 'People', 'Tools']);

    expect(screen.getByTestId(ids.cell('dim-data', 'st-basic'))).toHaveTextContent('Basic reached, stage in 2025');
    expect(screen.getByTestId(ids.cell('dim-data', 'st-managed'))).toHaveTextContent('Managed reached, stage in 2026');
    expect(screen.getByTestId(ids.cell('dim-data', 'st-leading'))).toHaveTextContent('Leading not reached');
    expect(screen.getByTestId(ids.cell('dim-people', 'st-basic'))).toHaveTextContent('Basic not reached');
    expect(screen.getByTestId(ids.cell('dim-tools', 'st-leading'))).toHaveTextContent('Leading reached, stage in 2026');
    expect(within(table).getByText('ann: Managed · bo: Basic')).toBeInTheDocument();

    const up = screen.getByTestId(ids.change('dim-data'));
    expect(up).toHaveTextContent('▲ +1');
    expect(screen.getByTestId(ids.change('dim-people'))).toHaveTextContent('new');
    await user.hover(within(up).getByText('▲ +1'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('2025: Basic → 2026: Managed');
  });

  it('lists next steps, the evidence with its override, and the unit against others', async () => {
    render(<ResultsView cycle={releasedCycle} results={releasedResults} />);
    const data = await screen.findByTestId(ids.nextSteps('dim-data'));
    expect(data).toHaveTextContent('Data: Next: Leading');
    expect(within(data).getByRole('listitem')).toHaveTextContent('Owners review quality each quarter');
    expect(screen.getByTestId(ids.nextSteps('dim-tools'))).toHaveTextContent('Tools: Highest stage reached');

    const evidence = screen.getByTestId(ids.evidence('tools-3'));
    expect(evidence).toHaveTextContent('3 of 4 KPIs have thresholds (75%)');
    expect(evidence).toHaveTextContent('75% (3/4), needs ≥ 80%');
    expect(evidence).toHaveTextContent('Evidence: not met · Consensus: met');
    expect(within(evidence).getByText('Consensus overrode the evidence')).toBeInTheDocument();
    expect(screen.queryByTestId(ids.evidence('data-1'))).not.toBeInTheDocument();

    expect(screen.getByTestId(ids.benchmark('dim-data'))).toHaveTextContent(
      'percentile rank 58 among 6 units · median Basic'
    );
    expect(screen.getByTestId(ids.benchmark('dim-data'))).toHaveTextContent('percentile rank 50 · median Managed');
    expect(screen.getByTestId(ids.benchmark('dim-people'))).toHaveTextContent(
      'only 3 units assessed; at least 5 are needed'
    );
  });

  it('marks calibration results provisional with the disputes left, without a comparison', async () => {
    render(<ResultsView cycle={calibrationCycle} results={calibrationResults} />);
    const banner = await screen.findByTestId(ids.provisional);
    expect(banner).toHaveTextContent('Provisional results: the cycle is in calibration');
    expect(banner).toHaveTextContent('2 disputes remain');
    expect(screen.queryByText(/Released by/)).not.toBeInTheDocument();
    expect(screen.queryByTestId(ids.benchmark('dim-data'))).not.toBeInTheDocument();
    expect(screen.getByText(/appears once the cycle is released/)).toBeInTheDocument();
  });

  it('tells an assessor of an open cycle that only their own answers are visible', async () => {
    render(<ResultsView cycle={openCycle} results={openResults} />);
    const banner = await screen.findByTestId(ids.provisional);
    expect(banner).toHaveTextContent('Provisional results: the cycle is open');
    expect(banner).toHaveTextContent('Only your own answers are visible');
    expect(within(screen.getByTestId(ids.heatmap)).getByText('bo: Basic')).toBeInTheDocument();
  });
});
