import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createDataFrame, FieldType, LoadingState } from '@grafana/data';
import { testIds } from '../../../app/testIds';
import { panelProps } from '../../../tests/factories/panelProps';
import { giveElementsSize } from '../../../tests/factories/sizedElements';
import { defaultOptions, type Options } from '../options';
import { BalancedScorecardPanel } from './BalancedScorecardPanel';

const bareTable = createDataFrame({
  refId: 'A',
  fields: [
    { name: 'perspective', type: FieldType.string, values: ['customer', 'customer', 'financial'] },
    { name: 'objective', type: FieldType.string, values: ['Delight customers', 'Delight customers', 'Grow'] },
    { name: 'kpi', type: FieldType.string, values: ['NPS', 'CSAT', 'ARR growth'] },
    { name: 'value', type: FieldType.number, values: [41, 92, null] },
    { name: 'target', type: FieldType.number, values: [45, 90, 10] },
  ],
});

const options = (o: Partial<Options> = {}): Options => ({ ...defaultOptions, ...o });

beforeAll(() => giveElementsSize(800));

describe('BalancedScorecardPanel', () => {
  it('draws a bare table as perspectives with objectives and KPIs, status in words', () => {
    render(<BalancedScorecardPanel {...panelProps(options(), [bareTable], { width: 1000, height: 600 })} />);
    const customer = screen.getByTestId(testIds.balancedPanel.perspective('customer'));
    expect(customer).toHaveTextContent('Customer');
    expect(
      within(customer).getByTestId(testIds.balancedPanel.objective('customer/delightcustomers'))
    ).toHaveTextContent('Delight customers');
    expect(within(customer).getByText('NPS')).toBeInTheDocument();
    // NPS 41 of 45 (red flag 36) is at risk, CSAT 92 of 90 on track; the objective averages 6.1: at risk
    expect(
      within(customer).getByTestId(testIds.balancedPanel.objective('customer/delightcustomers'))
    ).toHaveTextContent('6.1At risk');
    expect(within(customer).getByLabelText('On track')).toBeInTheDocument();
    expect(screen.getByTestId(testIds.balancedPanel.summary)).toHaveTextContent('2 of 3 KPIs scored');
  });

  it('shows the table and the strategy map when chosen', () => {
    const { unmount } = render(
      <BalancedScorecardPanel {...panelProps(options({ view: 'table' }), [bareTable], { width: 1000, height: 600 })} />
    );
    expect(screen.getByTestId(testIds.balancedPanel.table)).toBeInTheDocument();
    unmount();
    render(
      <BalancedScorecardPanel {...panelProps(options({ view: 'map' }), [bareTable], { width: 1000, height: 600 })} />
    );
    expect(screen.getByTestId(testIds.balancedPanel.map)).toBeInTheDocument();
  });

  it('names required fields it cannot find, honouring renamed fields', () => {
    const renamed = options({ fields: { ...defaultOptions.fields, value: 'actual', kpi: 'KPI' } });
    render(<BalancedScorecardPanel {...panelProps(renamed, [bareTable])} />);
    expect(screen.getByText(/^Missing: actual\. Map them under Input fields/)).toBeInTheDocument();
  });

  it('lists input it could not use behind a notes button', async () => {
    const withBadRow = createDataFrame({
      fields: bareTable.fields.map((f) => ({ ...f, values: f.name === 'kpi' ? ['NPS', '', 'ARR growth'] : f.values })),
    });
    render(<BalancedScorecardPanel {...panelProps(options(), [withBadRow], { width: 1000, height: 600 })} />);
    await userEvent.click(screen.getByRole('button', { name: /1 note/ }));
    expect(await screen.findByTestId(testIds.balancedPanel.problems)).toHaveTextContent(
      'Row 2 of frame 1 has no KPI: left out'
    );
  });

  it('shows the empty state without frames and the query error when the query failed', () => {
    const { unmount } = render(<BalancedScorecardPanel {...panelProps(defaultOptions, [])} />);
    expect(screen.getByTestId(testIds.balancedPanel.empty)).toHaveTextContent('No data');
    unmount();
    const failed = panelProps(defaultOptions, []);
    failed.data = { ...failed.data, state: LoadingState.Error, errors: [{ message: 'KPI server error 500' }] };
    render(<BalancedScorecardPanel {...failed} />);
    expect(screen.getByTestId(testIds.balancedPanel.error)).toHaveTextContent('The query failed: KPI server error 500');
  });

  it('shows only perspective summaries on a small panel', () => {
    render(<BalancedScorecardPanel {...panelProps(options(), [bareTable], { width: 300, height: 200 })} />);
    expect(screen.getByTestId(testIds.balancedPanel.perspective('customer'))).toHaveTextContent('1 objective, 2 KPIs');
    expect(screen.queryByText('NPS')).not.toBeInTheDocument();
  });

  it('names the period in the header, marks impossible values and explains the score scale', async () => {
    const monthly = createDataFrame({
      refId: 'A',
      fields: [
        { name: 'perspective', values: ['customer', 'internal-process'] },
        { name: 'objective', values: ['Delight customers', 'Onboard'] },
        { name: 'kpi', values: ['NPS', 'Onboarding completion'] },
        { name: 'value', type: FieldType.number, values: [42.4, 1.1147] },
        { name: 'target', type: FieldType.number, values: [45, 0.85] },
        { name: 'unit', values: ['score', 'percentunit'] },
        { name: 'periodLabel', values: ['April 2026', 'April 2026'] },
        { name: 'partial', type: FieldType.boolean, values: [false, true] },
      ],
    });
    render(<BalancedScorecardPanel {...panelProps(options(), [monthly], { width: 1000, height: 600 })} />);
    expect(screen.getByTestId(testIds.balancedPanel.period)).toHaveTextContent('April 2026, to date');
    const nps = screen.getByTestId(testIds.balancedPanel.kpi('customer/delightcustomers/0'));
    expect(nps).toHaveTextContent('42.4 / 45 score');
    const onboarding = screen.getByTestId(testIds.balancedPanel.kpi('internal-process/onboard/0'));
    expect(within(onboarding).getByText('111%')).toHaveAttribute('title', expect.stringMatching(/^Impossible value/));
    expect(within(onboarding).getByLabelText('Not scored')).toBeInTheDocument();
    expect(screen.getByTestId(testIds.balancedPanel.summary)).toHaveTextContent('1 of 2 KPIs scored');

    await userEvent.hover(screen.getByLabelText('How scores work'));
    expect(
      await screen.findByText(/^Scores run from 0 to 10: the red flag scores 3.3, the goal 6.7/)
    ).toBeInTheDocument();
  });

  it('says nothing of periods without period fields, and titles the score column with the scale', () => {
    render(
      <BalancedScorecardPanel {...panelProps(options({ view: 'table' }), [bareTable], { width: 1000, height: 600 })} />
    );
    expect(screen.queryByTestId(testIds.balancedPanel.period)).not.toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Score' })).toHaveAttribute(
      'title',
      expect.stringContaining('On track: at or beyond the goal.')
    );
  });
});
