import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OrgRole } from '@grafana/data';
import { type CycleResults } from '../../../../core/maturity/api';
import { fail, fakeBackend, ok } from '../../../testing/fakeBackend';
import { signIn } from '../../../testing/signIn';
import { CalibrationView } from './CalibrationView';
import { cycleFixture, resultsFixture, settledResultsFixture } from './fixtures';
import { calibrationTestIds as ids } from './testIds';

const BASE = '/api/plugin-proxy/scorecard-suite-app';
const CYCLE = `${BASE}/editor/v1/maturity/cycles/acme-2026`;

function show(results: CycleResults = resultsFixture, cycle = cycleFixture) {
  const changed: CycleResults[] = [];
  render(<CalibrationView cycle={cycle} results={results} onChanged={(r) => changed.push(r)} />);
  return changed;
}

describe('CalibrationView for the lead', () => {
  beforeEach(() => signIn('carol', OrgRole.Editor));

  it('shows the agreement with its readings and every answer of a disputed criterion', async () => {
    fakeBackend({});
    show();
    expect(await screen.findByTestId(ids.overallAgreement)).toHaveTextContent('All criteria0.10low');
    expect(screen.getByTestId(ids.dimensionAgreement('delivery'))).toHaveTextContent('Delivery0.70tentative');
    expect(screen.getByTestId(ids.dimensionAgreement('people'))).toHaveTextContent('People–not enough answers');
    const deploy = screen.getByTestId(ids.disputed('deploy'));
    expect(within(deploy).getByTestId(ids.evidence('deploy'))).toHaveTextContent(
      '18 of 25 KPIs have an owner (72%); met from 80%, so the registry answers not met.'
    );
    expect(within(deploy).getByTestId(ids.answer('deploy', 'alice'))).toHaveTextContent('alicenot met from evidence');
    expect(within(deploy).getByTestId(ids.answer('deploy', 'bob'))).toHaveTextContent('owners named in the wiki');
    expect(within(deploy).getByRole('link', { name: /wiki\.example\.com/ })).toHaveAttribute(
      'href',
      'https://wiki.example.com/owners'
    );
    expect(screen.queryByTestId(ids.access)).not.toBeInTheDocument();
  });

  it('settles one disputed criterion with its note and hands the new results on', async () => {
    const backend = fakeBackend({ [`PUT ${CYCLE}/consensus`]: ok(settledResultsFixture) });
    const changed = show();
    await userEvent.click(await screen.findByTestId(ids.settleAnswer('ci', 'partial')));
    expect(screen.getByTestId(ids.noteRule('ci'))).toHaveTextContent(
      'No majority among the assessors: a note saying why is required.'
    );
    expect(screen.getByTestId(ids.settleOne('ci'))).toBeDisabled();
    await userEvent.type(screen.getByTestId(ids.settleNote('ci')), ' two repos lack tests ');
    await userEvent.click(screen.getByTestId(ids.settleOne('ci')));
    expect(await screen.findByTestId(ids.message)).toHaveTextContent('Settled ci.');
    const puts = backend.sent('PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]?.url).toBe(`${CYCLE}/consensus`);
    expect(puts[0]?.body).toEqual({ answers: { ci: { answer: 'partial', note: 'two repos lack tests' } } });
    expect(changed).toEqual([settledResultsFixture]);
  });

  it('settles every chosen criterion at once, leaving out the incomplete ones', async () => {
    const backend = fakeBackend({ [`PUT ${CYCLE}/consensus`]: ok(settledResultsFixture) });
    show();
    await userEvent.click(await screen.findByTestId(ids.settleAnswer('ci', 'met')));
    await userEvent.type(screen.getByTestId(ids.settleNote('ci')), 'pipelines everywhere');
    await userEvent.click(screen.getByTestId(ids.settleAnswer('onboard', 'partial')));
    await userEvent.type(screen.getByTestId(ids.settleNote('onboard')), 'plan is a draft');
    await userEvent.click(screen.getByTestId(ids.settleAnswer('deploy', 'not-met')));
    expect(screen.getByTestId(ids.settle)).toHaveTextContent('Settle all chosen (2)');
    await userEvent.click(screen.getByTestId(ids.settle));
    await waitFor(() => expect(backend.sent('PUT')).toHaveLength(1));
    expect(backend.bodies('PUT')[0]).toEqual({
      answers: {
        ci: { answer: 'met', note: 'pipelines everywhere' },
        onboard: { answer: 'partial', note: 'plan is a draft' },
      },
    });
  });

  it('changes a settlement', async () => {
    const backend = fakeBackend({ [`PUT ${CYCLE}/consensus`]: ok(resultsFixture) });
    show();
    const review = await screen.findByTestId(ids.settled('review'));
    expect(review).toHaveTextContent('Settled partial by Carol on 2026-11-20 14:05 UTC: “held but not recorded”');
    await userEvent.click(within(review).getByTestId(ids.change('review')));
    await userEvent.click(screen.getByTestId(ids.settleAnswer('review', 'not-met')));
    await userEvent.click(screen.getByTestId(ids.settleOne('review')));
    await waitFor(() => expect(backend.sent('PUT')).toHaveLength(1));
    expect(backend.bodies('PUT')[0]).toEqual({
      answers: { review: { answer: 'not-met', note: 'held but not recorded' } },
    });
  });

  it('keeps release disabled while a dispute remains, and says why', async () => {
    fakeBackend({});
    show();
    expect(await screen.findByTestId(ids.release)).toBeDisabled();
    expect(screen.getByTestId(ids.releaseBlocked)).toHaveTextContent(
      '3 criteria are still disputed (deploy, ci, onboard): settle them before releasing.'
    );
  });

  it("shows the server's message when the release is refused with 409", async () => {
    const message = 'cycle acme-2026 cannot be released while 1 criteria are disputed: ci';
    const backend = fakeBackend({
      [`POST ${CYCLE}/release`]: fail(409, message, 'disputed'),
    });
    const changed = show(settledResultsFixture);
    await userEvent.click(await screen.findByTestId(ids.release));
    expect(await screen.findByText(/Released results are locked/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Release' }));
    expect(await screen.findByTestId(ids.message)).toHaveTextContent(`Refused (409): ${message}`);
    expect(backend.sent('POST')).toHaveLength(1);
    expect(changed).toEqual([]);
  });

  it('releases after confirmation and hands the released results on', async () => {
    const released = { ...settledResultsFixture, state: 'released' as const };
    fakeBackend({ [`POST ${CYCLE}/release`]: ok(released) });
    const changed = show(settledResultsFixture);
    await userEvent.click(await screen.findByTestId(ids.release));
    await userEvent.click(await screen.findByRole('button', { name: 'Release' }));
    await waitFor(() => expect(changed).toEqual([released]));
  });
});

describe('CalibrationView for others', () => {
  it('is read-only for an assessor who is not the lead, with the reason', async () => {
    signIn('bob', OrgRole.Editor);
    fakeBackend({});
    show();
    expect(await screen.findByTestId(ids.access)).toHaveTextContent(
      'Only the lead, Carol, settles disputes and releases the results; you are bob'
    );
    expect(screen.getByTestId(ids.disputed('ci'))).toHaveTextContent('two repos without tests');
    expect(screen.queryByTestId(ids.settleAnswer('ci', 'met'))).not.toBeInTheDocument();
    expect(screen.queryByTestId(ids.settle)).not.toBeInTheDocument();
    expect(screen.queryByTestId(ids.change('review'))).not.toBeInTheDocument();
    expect(screen.getByTestId(ids.release)).toBeDisabled();
  });

  it('is read-only for a Grafana Admin who is not the lead: the Admin route is the approver, not the admin', async () => {
    signIn('root', OrgRole.Admin);
    fakeBackend({});
    show();
    expect(await screen.findByTestId(ids.access)).toHaveTextContent('Only the lead, Carol, settles disputes');
    expect(screen.queryByTestId(ids.settleAnswer('ci', 'met'))).not.toBeInTheDocument();
  });

  it('says who has not finished while the cycle is open', async () => {
    signIn('carol', OrgRole.Editor);
    fakeBackend({});
    show(
      { ...resultsFixture, state: 'open' },
      { ...cycleFixture, state: 'open', progress: { alice: 6, bob: 4, carol: 0 } }
    );
    expect(await screen.findByTestId(ids.waiting)).toHaveTextContent(
      'Calibration starts when every assessor has answered every criterion. Still answering: bob (4 of 6), carol (0 of 6).'
    );
    expect(screen.queryByTestId(ids.settleAnswer('ci', 'met'))).not.toBeInTheDocument();
    expect(screen.getByTestId(ids.release)).toBeDisabled();
  });
});
