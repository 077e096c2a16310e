import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OrgRole } from '@grafana/data';
import { type Cycle } from '../../../../core/maturity/api';
import { type Answer, type FakeBackend, fail, fakeBackend, ok } from '../../../testing/fakeBackend';
import { signIn } from '../../../testing/signIn';
import { AssessmentForm } from './AssessmentForm';
import { aliceResponses, cycle, results } from './fixtures';
import { assessTestIds as ids } from './testIds';

const BASE = '/api/plugin-proxy/scorecard-suite-app';
const GET = `GET ${BASE}/viewer/v1/maturity/cycles/ops-2026/responses/alice`;
const PUT = `PUT ${BASE}/editor/v1/maturity/cycles/ops-2026/responses/alice`;

const saved = (progress: number, state: Cycle['state'] = 'open'): Answer =>
  ok({ ...cycle, state, progress: { alice: progress, bob: 6 } });
const puts = (backend: FakeBackend) => backend.bodies('PUT');

async function openForm(onSaved: (c: Cycle) => void = () => undefined) {
  render(<AssessmentForm cycle={cycle} results={results} assessor="alice" onSaved={onSaved} />);
  return screen.findByTestId(ids.root);
}

beforeEach(() => signIn('alice', OrgRole.Editor));

describe('AssessmentForm', () => {
  it('shows the criteria by dimension and stage with the loaded answers, evidence and exemption', async () => {
    fakeBackend({ [GET]: ok(aliceResponses) });
    await openForm();
    const people = screen.getByTestId(ids.dimension('people'));
    expect(
      within(people)
        .getAllByRole('heading')
        .map((h) => h.textContent)
    ).toEqual([
      'People',
      'People · Basic',
      'Roles for KPI work are written down',
      'People · Defined',
      'KPI reviews happen each quarter',
      'People · Advanced',
      'Owners are trained every year',
    ]);
    const roles = screen.getByTestId(ids.criterion('people-roles'));
    expect(screen.getByRole('group', { name: 'Roles for KPI work are written down' })).toBe(roles);
    expect(within(roles).getByRole('radio', { name: 'met' })).toBeChecked();
    expect(screen.getByTestId(ids.note('people-roles'))).toHaveValue('see the HR chart');
    expect(screen.getByTestId(ids.link('people-roles'))).toHaveValue('https://wiki.example.com/roles');
    const owners = screen.getByTestId(ids.criterion('data-owners'));
    expect(screen.getByTestId(ids.evidence('data-owners'))).toHaveTextContent(
      'Evidence: 21 of 50 KPIs have an owner (42%) — 42% of 50, needs ≥ 80% → not met'
    );
    expect(within(owners).getByRole('radio', { name: 'not met' })).toBeChecked();
    expect(owners).toHaveTextContent('from evidence');
    expect(screen.getByTestId(ids.exemption('data-audit'))).toHaveTextContent(
      'Exempt until 2027-03-31: the warehouse is replaced in 2027'
    );
    expect(within(screen.getByTestId(ids.criterion('data-audit'))).getByRole('radio', { name: 'n/a' })).toBeDisabled();
    expect(screen.getByTestId(ids.progress)).toHaveTextContent('3 of 6 answered');
    expect(screen.getByTestId(ids.dimensionProgress('people'))).toHaveTextContent('1 / 3');
    expect(screen.getByTestId(ids.dimensionProgress('data'))).toHaveTextContent('2 / 3');
    expect(screen.getByTestId(ids.jump('data-catalog'))).toHaveTextContent('Basic: KPIs are listed in one catalog');
    expect(screen.getByTestId(ids.shortcuts)).toHaveTextContent('1 met · 2 partial · 3 not met · 4 n/a');
  });

  it('saves an answer click at once with only that criterion, and passes the cycle on', async () => {
    const backend = fakeBackend({ [GET]: ok(aliceResponses), [PUT]: saved(4) });
    const onSaved = jest.fn();
    await openForm(onSaved);
    await userEvent.click(screen.getByTestId(ids.answer('people-review', 'partial')));
    expect(await screen.findByText(/^All changes saved \d\d:\d\d:\d\d$/)).toBeInTheDocument();
    expect(puts(backend)).toEqual([{ answers: { 'people-review': { answer: 'partial' } } }]);
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ progress: { alice: 4, bob: 6 } }));
    expect(screen.getByTestId(ids.progress)).toHaveTextContent('4 of 6 answered');
  });

  it('does not send an override of the evidence until it has a note', async () => {
    const backend = fakeBackend({ [GET]: ok(aliceResponses), [PUT]: saved(3) });
    await openForm();
    await userEvent.click(screen.getByTestId(ids.answer('data-owners', 'met')));
    expect(await screen.findByTestId(ids.noteNeeded('data-owners'))).toHaveTextContent(
      'The evidence says not met: answering met instead needs a note saying why.'
    );
    expect(screen.getByTestId(ids.criterion('data-owners'))).toHaveTextContent('overrides the evidence');
    expect(puts(backend)).toEqual([]);
    await userEvent.type(screen.getByTestId(ids.note('data-owners')), 'RACI names them');
    await waitFor(() => expect(puts(backend)).toHaveLength(1));
    expect(puts(backend)).toEqual([{ answers: { 'data-owners': { answer: 'met', note: 'RACI names them' } } }]);
    expect(screen.queryByTestId(ids.noteNeeded('data-owners'))).not.toBeInTheDocument();
  });

  it('saves a note typed before the answer together with it', async () => {
    const backend = fakeBackend({ [GET]: ok(aliceResponses), [PUT]: saved(4) });
    await openForm();
    await userEvent.type(screen.getByTestId(ids.note('data-catalog')), 'catalog page lists all 40');
    await userEvent.click(screen.getByTestId(ids.answer('data-catalog', 'met')));
    await waitFor(() => expect(puts(backend)).toHaveLength(1));
    expect(puts(backend)).toEqual([
      { answers: { 'data-catalog': { answer: 'met', note: 'catalog page lists all 40' } } },
    ]);
  });

  it('saves typing in a note after a pause, with the answer and link it belongs to', async () => {
    const backend = fakeBackend({ [GET]: ok(aliceResponses), [PUT]: saved(3) });
    await openForm();
    await userEvent.type(screen.getByTestId(ids.note('people-roles')), ' (2026)');
    await waitFor(() =>
      expect(puts(backend).at(-1)).toEqual({
        answers: {
          'people-roles': { answer: 'met', note: 'see the HR chart (2026)', link: 'https://wiki.example.com/roles' },
        },
      })
    );
  });

  it('keeps an edit made while a save is under way and sends it next', async () => {
    let release: () => void = () => undefined;
    const first = new Promise<void>((resolve) => (release = resolve));
    const backend: FakeBackend = fakeBackend({
      [GET]: ok(aliceResponses),
      [PUT]: () => (backend.sent('PUT').length === 1 ? first.then(() => saved(4)) : saved(4)),
    });
    await openForm();
    await userEvent.click(screen.getByTestId(ids.answer('people-review', 'met')));
    expect(await screen.findByText('Saving…')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId(ids.answer('people-review', 'partial')));
    expect(puts(backend)).toHaveLength(1);
    release();
    await waitFor(() => expect(puts(backend)).toHaveLength(2));
    expect(puts(backend)).toEqual([
      { answers: { 'people-review': { answer: 'met' } } },
      { answers: { 'people-review': { answer: 'partial' } } },
    ]);
    expect(await screen.findByText(/^All changes saved/)).toBeInTheDocument();
    const review = screen.getByTestId(ids.criterion('people-review'));
    expect(within(review).getByRole('radio', { name: 'partial' })).toBeChecked();
  });

  it('does not save an invalid link and says why', async () => {
    const backend = fakeBackend({ [GET]: ok(aliceResponses), [PUT]: saved(3) });
    await openForm();
    const link = screen.getByTestId(ids.link('people-roles'));
    await userEvent.clear(link);
    await userEvent.type(link, 'wiki/roles');
    expect(
      await screen.findByText(/The evidence link must be a web address starting with http:\/\/ or https:\/\//)
    ).toBeInTheDocument();
    await userEvent.click(screen.getByTestId(ids.answer('people-review', 'met')));
    await waitFor(() => expect(puts(backend)).toHaveLength(1));
    expect(puts(backend)).toEqual([{ answers: { 'people-review': { answer: 'met' } } }]);
  });

  it('answers with a number key on a focused card, moves with j, and leaves keys typed in a note alone', async () => {
    const backend = fakeBackend({ [GET]: ok(aliceResponses), [PUT]: saved(4) });
    await openForm();
    await userEvent.type(screen.getByTestId(ids.note('people-review')), '1j');
    expect(screen.getByTestId(ids.note('people-review'))).toHaveValue('1j');
    expect(
      within(screen.getByTestId(ids.criterion('people-review'))).getByRole('radio', { name: 'met' })
    ).not.toBeChecked();
    const training = screen.getByTestId(ids.criterion('people-training'));
    training.focus();
    await userEvent.keyboard('2');
    expect(await within(training).findByRole('radio', { name: 'partial' })).toBeChecked();
    await waitFor(() => expect(puts(backend)).toHaveLength(1));
    expect(puts(backend)).toEqual([{ answers: { 'people-training': { answer: 'partial' } } }]);
    await userEvent.keyboard('j');
    expect(screen.getByTestId(ids.criterion('data-catalog'))).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(training).toHaveFocus();
  });

  it('says when the cycle moves to calibration', async () => {
    fakeBackend({ [GET]: ok(aliceResponses), [PUT]: saved(6, 'calibration') });
    const onSaved = jest.fn();
    await openForm(onSaved);
    await userEvent.click(screen.getByTestId(ids.answer('people-review', 'met')));
    expect(await screen.findByTestId(ids.calibration)).toHaveTextContent(
      'Everyone has answered: the cycle is in calibration'
    );
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ state: 'calibration' }));
  });

  it('explains a failed save, keeps the answer and sends it again on Retry', async () => {
    let failing = true;
    const backend = fakeBackend({
      [GET]: ok(aliceResponses),
      [PUT]: () => (failing ? fail(502, 'KPI server unavailable', 'upstream') : saved(4)),
    });
    await openForm();
    await userEvent.click(screen.getByTestId(ids.answer('people-review', 'not-met')));
    expect(await screen.findByTestId(ids.saveStatus)).toHaveTextContent('Not saved: KPI server unavailable (502).');
    expect(
      within(screen.getByTestId(ids.criterion('people-review'))).getByRole('radio', { name: 'not met' })
    ).toBeChecked();
    failing = false;
    await userEvent.click(screen.getByTestId(ids.retry));
    expect(await screen.findByText(/^All changes saved/)).toBeInTheDocument();
    expect(puts(backend)).toEqual([
      { answers: { 'people-review': { answer: 'not-met' } } },
      { answers: { 'people-review': { answer: 'not-met' } } },
    ]);
  });

  it('shows someone else the answers read-only with the reason', async () => {
    signIn('carol', OrgRole.Editor);
    const backend = fakeBackend({ [GET]: ok(aliceResponses) });
    await openForm();
    expect(screen.getByTestId(ids.readOnly)).toHaveTextContent(
      "These are alice's answers: only alice may change them (you are signed in as carol)."
    );
    const roles = screen.getByTestId(ids.criterion('people-roles'));
    expect(within(roles).getByRole('radio', { name: 'met' })).toBeChecked();
    expect(within(roles).getByRole('radio', { name: 'partial' })).toBeDisabled();
    expect(screen.getByTestId(ids.note('people-roles'))).toBeDisabled();
    expect(screen.getByTestId(ids.link('people-roles'))).toBeDisabled();
    roles.focus();
    await userEvent.keyboard('3');
    expect(within(roles).getByRole('radio', { name: 'met' })).toBeChecked();
    expect(screen.queryByTestId(ids.saveStatus)).not.toBeInTheDocument();
    expect(puts(backend)).toEqual([]);
  });

  it('locks a released cycle even for the assessor', async () => {
    fakeBackend({ [GET]: ok(aliceResponses) });
    render(
      <AssessmentForm
        cycle={{ ...cycle, state: 'released', releasedAt: '2026-11-30T10:00:00Z', releasedBy: 'bob' }}
        results={{ ...results, state: 'released' }}
        assessor="alice"
        onSaved={() => undefined}
      />
    );
    expect(await screen.findByTestId(ids.readOnly)).toHaveTextContent(
      'This cycle was released on 2026-11-30: its answers are locked.'
    );
    expect(
      within(screen.getByTestId(ids.criterion('people-review'))).getByRole('radio', { name: 'met' })
    ).toBeDisabled();
  });
});
