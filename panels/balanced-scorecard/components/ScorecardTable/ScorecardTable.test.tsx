import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTheme } from '@grafana/data';
import { testIds } from '../../../../app/testIds';
import { classicScorecard, largeScorecard } from '../../../../tests/factories/scorecardView';
import { type ChangeView, type ScorecardView, type TrendView } from '../../data/model';
import { scrollEverythingNear } from '../../../../tests/factories/intersect';
import { ScorecardTable, type ScorecardTableProps } from './ScorecardTable';

const ROW_PREFIX = 'data-testid balanced-scorecard-table-row-';
const theme = createTheme();

/** The classic scorecard with NPS up (better) and Revenue growth down (worse); NPS alone has a trend. */
function classicWithMovement(): ScorecardView {
  const changes: Record<string, ChangeView> = {
    NPS: { delta: 2.1, text: '+2.1', better: true, basis: 'previous period' },
    'Revenue growth': { delta: -0.5, text: '-0.5%', better: false, basis: 'previous point' },
  };
  const trend: TrendView = { times: [1, 2, 3], values: [30, null, 38] };
  const view = classicScorecard();
  view.perspectives.forEach((p) =>
    p.objectives.forEach((o) => {
      o.kpis = o.kpis.map((k) => ({ ...k, change: changes[k.name] ?? null, trend: k.name === 'NPS' ? trend : null }));
    })
  );
  return view;
}

function renderTable(overrides: Partial<ScorecardTableProps> = {}) {
  const props = { view: classicWithMovement(), width: 1200, height: 400, showSparklines: true, showChange: true };
  return render(<ScorecardTable {...props} {...overrides} />);
}

const rowOrder = () =>
  screen.getAllByTestId(new RegExp(ROW_PREFIX)).map((r) => r.dataset.testid?.slice(ROW_PREFIX.length));
const headers = () => screen.getAllByRole('columnheader').map((h) => h.textContent);
const row = (key: string) => screen.getByTestId(testIds.balancedPanel.tableRow(key));

describe('ScorecardTable', () => {
  it('shows one row per KPI in the view order with every column on a wide panel', () => {
    renderTable();
    expect(headers()).toEqual([
      'Perspective',
      'Objective',
      'KPI',
      'Value',
      'Target',
      'Score',
      'Status',
      'Change',
      'Trend',
    ]);
    expect(rowOrder()).toEqual(['Revenue growth', 'NPS', 'First-contact resolution', 'Training hours']);
    const cells = within(row('NPS'))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 7)).toEqual(['Customer', 'Delight customers', 'NPS', '38', '45', '5.7', 'At risk']);
    expect(within(row('Training hours')).getAllByRole('cell')[5]).toHaveTextContent('–');
  });

  it('says every status in words beside its icon', () => {
    renderTable();
    expect(within(screen.getByTestId(testIds.balancedPanel.table)).getAllByText('At risk')).toHaveLength(3);
    expect(within(row('Training hours')).getByText('No data')).toBeInTheDocument();
    expect(within(row('Training hours')).getByRole('img', { name: 'No data' })).toBeInTheDocument();
  });

  it('sorts by score ascending, descending and back, KPIs without a score last', async () => {
    renderTable();
    const score = screen.getByTestId(testIds.balancedPanel.sortBy('score'));
    await userEvent.click(score);
    expect(rowOrder()).toEqual(['NPS', 'First-contact resolution', 'Revenue growth', 'Training hours']);
    expect(score.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(score);
    expect(rowOrder()).toEqual(['Revenue growth', 'First-contact resolution', 'NPS', 'Training hours']);
    expect(score.closest('th')).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(score);
    expect(rowOrder()).toEqual(['Revenue growth', 'NPS', 'First-contact resolution', 'Training hours']);
    expect(score.closest('th')).not.toHaveAttribute('aria-sort');
  });

  it('sorts by every column but the trend', () => {
    renderTable();
    for (const column of ['perspective', 'objective', 'kpi', 'value', 'target', 'score', 'status', 'change']) {
      expect(screen.getByTestId(testIds.balancedPanel.sortBy(column))).toBeInTheDocument();
    }
    expect(screen.queryByTestId(testIds.balancedPanel.sortBy('trend'))).not.toBeInTheDocument();
  });

  it('shows the change with its arrow, green when better and red when worse', () => {
    renderTable();
    const better = within(row('NPS')).getByText('+2.1');
    expect(better).toHaveTextContent('▲');
    expect(better).toHaveStyle({ color: theme.colors.success.text });
    expect(better).toHaveAttribute('title', expect.stringContaining('better'));
    const worse = within(row('Revenue growth')).getByText('-0.5%');
    expect(worse).toHaveTextContent('▼');
    expect(worse).toHaveStyle({ color: theme.colors.error.text });
  });

  it('hides the change and trend columns when switched off', () => {
    const { rerender } = renderTable();
    expect(within(row('NPS')).getByRole('img', { name: 'Trend of NPS' })).toBeInTheDocument();
    expect(within(row('Revenue growth')).queryByRole('img', { name: /Trend/ })).not.toBeInTheDocument();
    const view = classicWithMovement();
    rerender(<ScorecardTable view={view} width={1200} height={400} showSparklines={false} showChange={false} />);
    expect(headers()).not.toContain('Change');
    expect(headers()).not.toContain('Trend');
    expect(screen.queryByText('+2.1')).not.toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'Trend of NPS' })).not.toBeInTheDocument();
  });

  it('moves perspective and objective into captions on a narrow panel, then keeps only KPI, value and status', () => {
    const { rerender } = renderTable({ width: 500 });
    expect(headers()).toEqual(['KPI', 'Value', 'Target', 'Score', 'Status']);
    expect(screen.getAllByRole('rowheader').map((c) => c.textContent)).toEqual([
      'Financial › Grow revenue',
      'Customer › Delight customers',
      'Internal process › Resolve issues fast',
      'Learning and growth › Skilled teams',
    ]);
    rerender(<ScorecardTable view={classicWithMovement()} width={300} height={400} showSparklines showChange />);
    expect(headers()).toEqual(['KPI', 'Value', 'Status']);
  });

  it('lets the panel wrap KPI names', () => {
    renderTable({ renderKpiName: (kpi) => <a href={`#${kpi.key}`}>{kpi.name}</a> });
    expect(within(row('NPS')).getByRole('link', { name: 'NPS' })).toHaveAttribute('href', '#NPS');
  });

  it('renders 200 KPIs under one header: the first screenful at once, the rest as they scroll near', () => {
    renderTable({ view: largeScorecard(200), height: 300 });
    expect(screen.getAllByRole('columnheader')).toHaveLength(9);
    expect(rowOrder()).toHaveLength(20);
    scrollEverythingNear();
    expect(rowOrder()).toHaveLength(200);
  });
});
