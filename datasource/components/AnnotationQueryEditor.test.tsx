import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setTemplateSrv } from '@grafana/runtime';
import { testIds } from '../../app/testIds';
import { kpiDatasource, LISTS } from '../../tests/factories/kpiDatasource';
import { giveElementsSize } from '../../tests/factories/sizedElements';
import { fakeTemplateSrv } from '../../tests/factories/templateSrv';
import { type KpiQuery } from '../types';
import { AnnotationQueryEditor } from './AnnotationQueryEditor';

function setup(query: KpiQuery) {
  const templateSrv = fakeTemplateSrv({});
  setTemplateSrv(templateSrv);
  const { datasource } = kpiDatasource(templateSrv);
  const onChange = jest.fn<void, [KpiQuery]>();
  render(<AnnotationQueryEditor datasource={datasource} query={query} onChange={onChange} onRunQuery={jest.fn()} />);
  return { last: () => onChange.mock.lastCall?.[0] };
}

async function choose(picker: string, option: string) {
  await userEvent.click(screen.getByTestId(picker));
  const listbox = await screen.findByRole('listbox');
  await waitFor(() => expect(within(listbox).getByText(option)).toBeInTheDocument());
  await userEvent.click(within(listbox).getByText(option));
}

beforeAll(() => {
  giveElementsSize();
  LISTS.journeys = [['Customer onboarding', 'onboarding']];
});

describe('AnnotationQueryEditor', () => {
  it('adds escalations to the kinds shown, which without a choice are all the others', async () => {
    const { last } = setup({ refId: 'Anno', queryType: 'annotations', kpis: ['customer.nps'] });
    await choose(testIds.datasource.annotationKinds, 'Escalations');
    expect(last()).toEqual({
      refId: 'Anno',
      queryType: 'annotations',
      kpis: ['customer.nps'],
      include: ['definition-changes', 'freeze-windows', 'check-ins', 'escalations'],
    });
  });

  it('narrows to the KPIs of a scorecard picked from the server', async () => {
    const { last } = setup({ refId: 'Anno', queryType: 'annotations', include: ['escalations'] });
    await choose(testIds.datasource.picker('scorecards'), 'Corporate scorecard (corporate)');
    expect(last()).toEqual({
      refId: 'Anno',
      queryType: 'annotations',
      include: ['escalations'],
      scorecard: 'corporate',
    });
  });

  it('narrows to the KPIs of a journey’s stages', async () => {
    const { last } = setup({ refId: 'Anno', queryType: 'annotations', include: ['escalations'] });
    await choose(testIds.datasource.picker('journeys'), 'Customer onboarding (onboarding)');
    expect(last()).toEqual({
      refId: 'Anno',
      queryType: 'annotations',
      include: ['escalations'],
      journey: 'onboarding',
    });
  });

  it('shows the saved scorecard and journey by name once the lists have come', async () => {
    setup({ refId: 'Anno', queryType: 'annotations', scorecard: 'corporate', journey: 'onboarding' });
    const scorecard = screen.getByTestId(testIds.datasource.picker('scorecards'));
    await waitFor(() => expect(scorecard).toHaveValue('Corporate scorecard (corporate)'));
    expect(await screen.findByDisplayValue('Customer onboarding (onboarding)')).toBeInTheDocument();
  });
});
