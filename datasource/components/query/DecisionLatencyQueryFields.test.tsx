import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setTemplateSrv } from '@grafana/runtime';
import { testIds } from '../../../app/testIds';
import { kpiDatasource } from '../../../tests/factories/kpiDatasource';
import { giveElementsSize } from '../../../tests/factories/sizedElements';
import { fakeTemplateSrv } from '../../../tests/factories/templateSrv';
import { type KpiQuery } from '../../types';
import { QueryEditor } from '../QueryEditor';

function setup(query: KpiQuery) {
  const templateSrv = fakeTemplateSrv({ kpi: ['customer.nps'] });
  setTemplateSrv(templateSrv);
  const { datasource } = kpiDatasource(templateSrv);
  const onChange = jest.fn<void, [KpiQuery]>();
  const onRunQuery = jest.fn();
  render(<QueryEditor datasource={datasource} query={query} onChange={onChange} onRunQuery={onRunQuery} />);
  return { onRunQuery, last: () => onChange.mock.lastCall?.[0] };
}

beforeAll(() => giveElementsSize());

describe('decision-latency query fields', () => {
  it('is offered in the query type picker, keeping the KPI as its filter', async () => {
    const { last, onRunQuery } = setup({ refId: 'A', queryType: 'versions', kpi: 'customer.nps' });
    await userEvent.click(screen.getByTestId(testIds.datasource.queryType));
    await userEvent.click(await screen.findByText('Decision latency'));
    expect(last()).toEqual({ refId: 'A', queryType: 'decision-latency', kpi: 'customer.nps' });
    expect(onRunQuery).toHaveBeenCalledTimes(1);
  });

  it('groups by owner', async () => {
    const { last } = setup({ refId: 'A', queryType: 'decision-latency' });
    expect(await screen.findByRole('radio', { name: 'Per KPI' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Per owner' }));
    expect(last()).toEqual({ refId: 'A', queryType: 'decision-latency', groupBy: 'owner' });
  });

  it('goes back to the default grouping by KPI, which is left out of the query', async () => {
    const { last } = setup({ refId: 'B', queryType: 'decision-latency', groupBy: 'owner', kpi: 'customer.nps' });
    expect(await screen.findByRole('radio', { name: 'Per owner' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Per KPI' }));
    expect(last()).toEqual({ refId: 'B', queryType: 'decision-latency', kpi: 'customer.nps' });
  });

  it('narrows to one KPI picked from the server and to an owner typed in', async () => {
    const { last } = setup({ refId: 'A', queryType: 'decision-latency', groupBy: 'owner' });
    await userEvent.click(screen.getByTestId(testIds.datasource.picker('kpis')));
    const listbox = await screen.findByRole('listbox');
    await waitFor(() => expect(within(listbox).getByText('Customer satisfaction (customer.csat)')).toBeInTheDocument());
    await userEvent.click(within(listbox).getByText('Customer satisfaction (customer.csat)'));
    expect(last()).toEqual({ refId: 'A', queryType: 'decision-latency', groupBy: 'owner', kpi: 'customer.csat' });
  });

  it('commits the owner on Enter and drops it when cleared', async () => {
    const { last } = setup({ refId: 'A', queryType: 'decision-latency', owner: 'sam' });
    const owner = await screen.findByTestId(testIds.datasource.text('owner'));
    expect(owner).toHaveValue('sam');
    await userEvent.clear(owner);
    await userEvent.type(owner, ' Dana {Enter}');
    expect(last()).toEqual({ refId: 'A', queryType: 'decision-latency', owner: 'Dana' });
    await userEvent.clear(owner);
    await userEvent.tab();
    expect(last()).toEqual({ refId: 'A', queryType: 'decision-latency' });
  });
});
