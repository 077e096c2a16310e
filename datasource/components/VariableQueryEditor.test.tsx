import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testIds } from '../../app/testIds';
import { kpiDatasource } from '../../tests/factories/kpiDatasource';
import { giveElementsSize } from '../../tests/factories/sizedElements';
import { fakeTemplateSrv } from '../../tests/factories/templateSrv';
import { type SavedVariableQuery } from '../types';
import { VariableQueryEditor } from './VariableQueryEditor';

beforeAll(() => giveElementsSize());

function setup(query: SavedVariableQuery) {
  const { datasource } = kpiDatasource(fakeTemplateSrv());
  const onChange = jest.fn<void, [SavedVariableQuery]>();
  render(<VariableQueryEditor datasource={datasource} query={query} onChange={onChange} onRunQuery={() => {}} />);
  return onChange;
}

describe('VariableQueryEditor', () => {
  it('reads the {query} an older version saved', () => {
    setup({ refId: 'old', query: 'journeys' });
    expect(screen.getByTestId(testIds.datasource.variableList)).toHaveValue('Journeys');
  });

  it('says what is wrong with a saved list it does not know', () => {
    setup({ refId: 'old', query: 'owners' });
    expect(screen.getByText('This variable query cannot be read')).toBeInTheDocument();
    expect(screen.getByText(/"owners" is not a list the KPI datasource offers/)).toBeInTheDocument();
  });

  it('shows the chosen list and changes it', async () => {
    const onChange = setup({ refId: 'seg', queryType: 'variables', variable: 'segments' });
    const list = screen.getByTestId(testIds.datasource.variableList);
    expect(list).toHaveValue('Segments');
    await userEvent.click(list);
    await userEvent.click(await screen.findByText('Perspectives'));
    expect(onChange).toHaveBeenLastCalledWith({ refId: 'seg', queryType: 'variables', variable: 'perspectives' });
  });

  it('starts a new variable without a list and without an error', async () => {
    const onChange = setup({ refId: 'new' });
    expect(screen.getByTestId(testIds.datasource.variableList)).toHaveValue('');
    expect(screen.queryByText('This variable query cannot be read')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId(testIds.datasource.variableList));
    await userEvent.click(await screen.findByText('KPIs'));
    expect(onChange).toHaveBeenLastCalledWith({ refId: 'new', queryType: 'variables', variable: 'kpis' });
  });
});
