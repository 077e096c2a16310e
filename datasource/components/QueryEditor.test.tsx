import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setTemplateSrv } from '@grafana/runtime';
import { testIds } from '../../app/testIds';
import { kpiDatasource, LISTS } from '../../tests/factories/kpiDatasource';
import { giveElementsSize } from '../../tests/factories/sizedElements';
import { fakeTemplateSrv } from '../../tests/factories/templateSrv';
import { type KpiQuery } from '../types';
import { QueryEditor } from './QueryEditor';

function setup(query: KpiQuery) {
  const templateSrv = fakeTemplateSrv({ kpi: ['customer.nps'], segment: 'smb' });
  setTemplateSrv(templateSrv);
  const { datasource } = kpiDatasource(templateSrv);
  const onChange = jest.fn<void, [KpiQuery]>();
  const onRunQuery = jest.fn();
  const editor = (q: KpiQuery) => (
    <QueryEditor datasource={datasource} query={q} onChange={onChange} onRunQuery={onRunQuery} />
  );
  const { rerender } = render(editor(query));
  return {
    onChange,
    onRunQuery,
    last: () => onChange.mock.lastCall?.[0],
    rerender: (q: KpiQuery) => rerender(editor(q)),
  };
}

beforeAll(() => {
  giveElementsSize();
  // The shared factory lists no journeys yet.
  LISTS.journeys = [
    ['Customer onboarding', 'onboarding'],
    ['Checkout', 'checkout'],
  ];
});

describe('QueryEditor', () => {
  it('shows the chosen KPI by name and id, once the list has come from the server', async () => {
    setup({ refId: 'A', queryType: 'kpi', kpi: 'customer.nps' });
    const picker = screen.getByTestId(testIds.datasource.picker('kpis'));
    await waitFor(() => expect(picker).toHaveValue('Net Promoter Score (customer.nps)'));
  });

  it('offers the server KPIs and the dashboard variables, and runs the query on a choice', async () => {
    const { last, onRunQuery } = setup({ refId: 'A', queryType: 'kpi', kpi: '' });
    await userEvent.click(screen.getByTestId(testIds.datasource.picker('kpis')));
    const listbox = await screen.findByRole('listbox');
    await waitFor(() => expect(within(listbox).getByText('Customer satisfaction (customer.csat)')).toBeInTheDocument());
    expect(within(listbox).getByText('$kpi')).toBeInTheDocument();
    await userEvent.click(within(listbox).getByText('Customer satisfaction (customer.csat)'));
    expect(last()).toEqual({ refId: 'A', queryType: 'kpi', kpi: 'customer.csat' });
    expect(onRunQuery).toHaveBeenCalledTimes(1);
  });

  it('switches the query type keeping the KPI', async () => {
    const { last } = setup({ refId: 'A', queryType: 'kpi', kpi: 'customer.nps', interval: '1d' });
    await userEvent.click(screen.getByTestId(testIds.datasource.queryType));
    await userEvent.click(await screen.findByText('Versions'));
    expect(last()).toEqual({ refId: 'A', queryType: 'versions', kpi: 'customer.nps' });
  });

  it('commits the interval on blur only when it is one the server takes', async () => {
    const { onChange, last } = setup({ refId: 'A', queryType: 'kpi', kpi: 'customer.nps' });
    const interval = screen.getByTestId(testIds.datasource.text('interval'));
    await userEvent.type(interval, '1 day');
    await userEvent.tab();
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByText(/one unit of s, m, h, d or w/)).toBeInTheDocument();
    await userEvent.clear(interval);
    await userEvent.type(interval, '1w{Enter}');
    expect(last()).toEqual({ refId: 'A', queryType: 'kpi', kpi: 'customer.nps', interval: '1w' });
  });

  it('filters by segments picked from the server', async () => {
    const { last } = setup({ refId: 'A', queryType: 'kpi', kpi: 'customer.nps' });
    await userEvent.click(screen.getByTestId(testIds.datasource.filter('segment')));
    await userEvent.click(await screen.findByText('enterprise'));
    expect(last()).toEqual({ refId: 'A', queryType: 'kpi', kpi: 'customer.nps', filter: { segment: ['enterprise'] } });
  });

  it('pins a definition version', async () => {
    const { last } = setup({ refId: 'A', queryType: 'scorecard', scorecard: 'corporate' });
    await userEvent.click(screen.getByRole('radio', { name: 'Version' }));
    expect(last()).toEqual({ refId: 'A', queryType: 'scorecard', scorecard: 'corporate', definition: { version: 1 } });
  });

  it('asks for the running period instead of the latest complete one', async () => {
    const { last } = setup({ refId: 'A', queryType: 'scorecard', scorecard: 'corporate' });
    expect(screen.getByRole('radio', { name: 'Latest complete' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'To date' }));
    expect(last()).toEqual({ refId: 'A', queryType: 'scorecard', scorecard: 'corporate', period: 'to-date' });
  });

  it('reads a query saved by an older version', async () => {
    // As a hand-written dashboard holds it: the KPI under its old name, the segment at the top level.
    setup(Object.assign({ refId: 'A', queryType: 'kpi' as const, kpi: '' }, { kpiId: 'customer.nps', segment: 'smb' }));
    await waitFor(() =>
      expect(screen.getByTestId(testIds.datasource.picker('kpis'))).toHaveValue('Net Promoter Score (customer.nps)')
    );
  });

  it('shows the journey picker when the funnel type is chosen, and sets the journey picked', async () => {
    const { last, rerender } = setup({ refId: 'A', queryType: 'kpi', kpi: 'customer.nps', interval: '1d' });
    expect(screen.queryByTestId(testIds.datasource.picker('journeys'))).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId(testIds.datasource.queryType));
    await userEvent.click(await screen.findByText('Funnel'));
    expect(last()).toEqual({ refId: 'A', queryType: 'funnel', journey: '' });
    rerender({ refId: 'A', queryType: 'funnel', journey: '' });
    expect(screen.queryByTestId(testIds.datasource.picker('kpis'))).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId(testIds.datasource.picker('journeys')));
    await userEvent.click(await screen.findByText('Checkout (checkout)'));
    expect(last()).toEqual({ refId: 'A', queryType: 'funnel', journey: 'checkout' });
  });

  it('offers the server journeys and the dashboard variables for a funnel', async () => {
    const { last, onRunQuery } = setup({ refId: 'A', queryType: 'funnel', journey: '' });
    expect(screen.queryByTestId(testIds.datasource.queryProblem)).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId(testIds.datasource.picker('journeys')));
    const listbox = await screen.findByRole('listbox');
    await waitFor(() => expect(within(listbox).getByText('Customer onboarding (onboarding)')).toBeInTheDocument());
    expect(within(listbox).getByText('$kpi')).toBeInTheDocument();
    await userEvent.click(within(listbox).getByText('Customer onboarding (onboarding)'));
    expect(last()).toEqual({ refId: 'A', queryType: 'funnel', journey: 'onboarding' });
    expect(onRunQuery).toHaveBeenCalledTimes(1);
  });

  it('breaks a funnel down by channel', async () => {
    const { last } = setup({ refId: 'A', queryType: 'funnel', journey: 'onboarding' });
    await waitFor(() =>
      expect(screen.getByTestId(testIds.datasource.picker('journeys'))).toHaveValue('Customer onboarding (onboarding)')
    );
    await userEvent.click(screen.getByTestId(testIds.datasource.breakdown));
    await userEvent.click(await screen.findByText('By channel'));
    expect(last()).toEqual({ refId: 'A', queryType: 'funnel', journey: 'onboarding', breakdown: 'channel' });
  });

  it('clears the breakdown of a funnel with None', async () => {
    const { last } = setup({ refId: 'A', queryType: 'funnel', journey: 'onboarding', breakdown: 'segment' });
    await userEvent.click(screen.getByTestId(testIds.datasource.breakdown));
    await userEvent.click(await screen.findByText('None'));
    expect(last()).toEqual({ refId: 'A', queryType: 'funnel', journey: 'onboarding' });
  });

  it('compares a funnel with the previous period and stops comparing', async () => {
    const { last } = setup({ refId: 'A', queryType: 'funnel', journey: 'onboarding' });
    const compare = screen.getByRole('switch', { name: 'Previous period' });
    expect(compare).not.toBeChecked();
    await userEvent.click(compare);
    expect(last()).toEqual({ refId: 'A', queryType: 'funnel', journey: 'onboarding', compare: 'previous-period' });
  });

  it('shows a saved comparison and turns it off', async () => {
    const { last } = setup({ refId: 'A', queryType: 'funnel', journey: 'onboarding', compare: 'previous-period' });
    const compare = screen.getByRole('switch', { name: 'Previous period' });
    expect(compare).toBeChecked();
    await userEvent.click(compare);
    expect(last()).toEqual({ refId: 'A', queryType: 'funnel', journey: 'onboarding' });
  });

  it('says an annotation query belongs elsewhere', () => {
    setup({ refId: 'A', queryType: 'annotations' });
    expect(screen.getByTestId(testIds.datasource.queryProblem)).toHaveTextContent(
      'belongs to annotations or variables'
    );
  });
});
