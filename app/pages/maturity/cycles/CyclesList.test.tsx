import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { OrgRole } from '@grafana/data';
import { locationService } from '@grafana/runtime';
import { fail, fakeBackend, ok } from '../../../testing/fakeBackend';
import { signIn } from '../../../testing/signIn';
import { CyclesList } from './CyclesList';
import { aCycle } from './data/fixtures';
import { cyclesTestIds as ids } from './testIds';

const userEvent = userEventLib.setup({ delay: null });
// the create form (modal, comboboxes) renders slowly on a loaded machine
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(60000);
const BASE = '/api/plugin-proxy/scorecard-suite-app';
const CYCLES = `GET ${BASE}/viewer/v1/maturity/cycles`;

const north25 = aCycle({ id: 'north-2025', unit: 'north', year: 2025 });
const north26 = aCycle({ id: 'north-2026', unit: 'north', year: 2026 });
const south26 = aCycle({
  id: 'south-2026',
  unit: 'south',
  year: 2026,
  state: 'open',
  assessors: ['Carol', 'dan'],
  progress: { Carol: 1, dan: 3 },
});
const stage = (id: string, stageIndex: number) => ({
  id,
  name: id,
  stage: null,
  stageIndex,
  byAssessor: {},
  next: { stage: null, criteria: [] },
});
const north26Results = {
  id: 'north-2026',
  state: 'released',
  unit: 'north',
  year: 2026,
  model: 'm',
  modelVersion: 1,
  asOf: '2026-12-31',
  assessors: ['ann', 'bo'],
  lead: 'ann',
  stages: [
    { id: 'a', name: 'Ad hoc' },
    { id: 'b', name: 'Repeatable' },
    { id: 'c', name: 'Measured' },
  ],
  dimensions: [stage('x', 1), stage('y', 3), stage('z', 2)],
  agreement: { alpha: 0.9, byDimension: {} },
  disputed: [],
  criteria: [],
  previous: null,
  change: {},
};
const listed = { [CYCLES]: ok({ cycles: [north26, south26, north25] }) };

describe('CyclesList', () => {
  it('shows units by year, the latest year summarised, and what waits for the user', async () => {
    signIn('carol', OrgRole.Viewer);
    const backend = fakeBackend({
      ...listed,
      [`GET ${BASE}/viewer/v1/maturity/cycles/north-2026/results`]: ok(north26Results),
    });
    render(<CyclesList />);
    const grid = await screen.findByTestId(ids.grid);
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent)
    ).toEqual(['Unit', '2025', '2026']);
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((h) => h.textContent)
    ).toEqual(['north', 'south']);
    expect(screen.getByTestId(ids.cell('south', 2025))).toHaveTextContent('—');
    const south = screen.getByTestId(ids.cell('south', 2026));
    expect(south).toHaveTextContent('open');
    expect(south).toHaveTextContent('4 of 6 answers');
    expect(within(south).getByRole('link')).toHaveAttribute('href', '/a/scorecard-suite-app/maturity/south-2026');
    expect(await screen.findByText('median Repeatable · Ad hoc – Measured')).toBeInTheDocument();
    expect(screen.getByTestId(ids.cell('north', 2025))).toHaveTextContent('released');
    // only the latest year's released cycles are read
    expect(backend.requests.filter((c) => c.url.endsWith('/results')).map((c) => c.url)).toEqual([
      `${BASE}/viewer/v1/maturity/cycles/north-2026/results`,
    ]);
    const mine = screen.getByTestId(ids.mine);
    expect(within(mine).getByTestId(ids.mineItem('south-2026'))).toHaveTextContent('1 of 3 criteria answered');
    expect(within(mine).getByRole('link', { name: /Continue assessing/ })).toHaveAttribute(
      'href',
      '/a/scorecard-suite-app/maturity/south-2026/assess'
    );
  });

  it('filters by state', async () => {
    signIn('erin', OrgRole.Viewer);
    fakeBackend(listed);
    render(<CyclesList />);
    await screen.findByTestId(ids.grid);
    expect(screen.queryByTestId(ids.mine)).not.toBeInTheDocument();
    await userEvent.click(within(screen.getByTestId(ids.filterState)).getByLabelText('Open'));
    await waitFor(() => expect(screen.getByTestId(ids.cell('south', 2026))).toHaveTextContent('open'));
    expect(
      within(screen.getByTestId(ids.grid))
        .getAllByRole('rowheader')
        .map((h) => h.textContent)
    ).toEqual(['south']);
    expect(within(screen.getByTestId(ids.grid)).getAllByRole('columnheader')).toHaveLength(2);
  });

  it('shows a Viewer the create button disabled with the reason', async () => {
    signIn('vera', OrgRole.Viewer);
    fakeBackend(listed);
    render(<CyclesList />);
    expect(await screen.findByTestId(ids.create)).toBeDisabled();
    expect(screen.getByTestId(ids.createBlocked)).toHaveTextContent('Creating a cycle needs the Admin role');
  });

  it('says what to do when there are no cycles', async () => {
    signIn('vera', OrgRole.Viewer);
    fakeBackend({ [CYCLES]: ok({ cycles: [] }) });
    render(<CyclesList />);
    expect(await screen.findByTestId(ids.empty)).toHaveTextContent('ask one to start the first');
  });

  it('says when the cycles cannot be read', async () => {
    signIn('vera', OrgRole.Viewer);
    fakeBackend({ [CYCLES]: fail(500, 'store down') });
    render(<CyclesList />);
    expect(await screen.findByTestId(ids.loadError)).toHaveTextContent('store down');
  });
});

const models = ok([{ id: 'cap', approvedVersion: 2, retired: false }]);
const POST = `POST ${BASE}/admin/v1/maturity/cycles`;

async function fillForm() {
  await userEvent.click(await screen.findByTestId(ids.create));
  await screen.findByTestId(ids.createForm);
  await waitFor(() => expect(screen.getByTestId(ids.field('model'))).toHaveValue('cap'));
  await userEvent.click(screen.getByTestId(ids.field('unit')));
  await userEvent.paste('Retail');
  await userEvent.keyboard('{Enter}');
  await userEvent.tripleClick(screen.getByTestId(ids.field('year')));
  await userEvent.paste('2027');
  await userEvent.click(within(screen.getByTestId(ids.field('assessors'))).getByRole('textbox'));
  await userEvent.paste('ann');
  await userEvent.keyboard('{Enter}');
  await userEvent.paste('bo');
  await userEvent.keyboard('{Enter}');
  await waitFor(() => expect(screen.getByTestId(ids.field('id'))).toHaveValue('retail-2027'));
}

describe('CyclesList create', () => {
  it('lets an Admin create a cycle: exact body through the admin route, then the new cycle opens', async () => {
    signIn('pat', OrgRole.Admin);
    const created = aCycle({ id: 'retail-2027', unit: 'Retail', year: 2027, state: 'open', model: 'cap' });
    const backend = fakeBackend({
      ...listed,
      [`GET ${BASE}/viewer/v1/maturity-models`]: models,
      [POST]: ok(created, 201),
    });
    render(<CyclesList />);
    await fillForm();
    await userEvent.click(screen.getByTestId(ids.submit));
    await waitFor(() =>
      expect(locationService.getLocation().pathname).toBe('/a/scorecard-suite-app/maturity/retail-2027')
    );
    const posts = backend.sent('POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.url).toBe(`${BASE}/admin/v1/maturity/cycles`);
    expect(posts[0]?.body).toEqual({
      id: 'retail-2027',
      model: 'cap',
      unit: 'Retail',
      year: 2027,
      assessors: ['ann', 'bo'],
      lead: 'ann',
    });
  });

  it('shows problems at their fields and sends nothing', async () => {
    signIn('pat', OrgRole.Admin);
    const backend = fakeBackend({ ...listed, [`GET ${BASE}/viewer/v1/maturity-models`]: models });
    render(<CyclesList />);
    await userEvent.click(await screen.findByTestId(ids.create));
    await userEvent.click(await screen.findByTestId(ids.submit));
    expect(await screen.findByText('name at least one assessor')).toBeInTheDocument();
    expect(screen.getByText('pick or type a unit')).toBeInTheDocument();
    expect(backend.sent('POST')).toHaveLength(0);
  });

  it('keeps the form and says why when the server refuses with 409', async () => {
    signIn('pat', OrgRole.Admin);
    fakeBackend({
      ...listed,
      [`GET ${BASE}/viewer/v1/maturity-models`]: models,
      [POST]: fail(409, 'Retail already has cycle r27 for cap in 2027', 'conflict'),
    });
    render(<CyclesList />);
    await fillForm();
    await userEvent.click(screen.getByTestId(ids.submit));
    expect(await screen.findByTestId(ids.formError)).toHaveTextContent(
      'Not created (409): Retail already has cycle r27 for cap in 2027.'
    );
    expect(screen.getByTestId(ids.field('id'))).toHaveValue('retail-2027');
    expect(screen.getByTestId(ids.field('year'))).toHaveValue(2027);
    expect(screen.getByTestId(ids.field('assessors'))).toHaveTextContent('bo');
    expect(screen.getByTestId(ids.submit)).toBeEnabled();
  });
});
