import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { of, throwError } from 'rxjs';
import { OrgRole } from '@grafana/data';
import { type BackendSrv, type BackendSrvRequest, config, setBackendSrv } from '@grafana/runtime';
import { type Proposal } from '../../../core/app-api';
import { GovernancePage } from './GovernancePage';
import { governanceTestIds as ids } from './testIds';

const BASE = '/api/plugin-proxy/scorecard-suite-app';
const nps: Proposal = {
  kind: 'KPI',
  id: 'customer.nps',
  name: 'Net Promoter Score',
  version: 3,
  against: 2,
  author: 'alice',
  message: 'raise the goal',
  createdAt: '2026-11-22T10:00:00Z',
  fourEyes: true,
  changes: [{ path: 'spec.thresholds.goal', op: 'changed', from: 40, to: 45 }],
};
const key = 'KPI-customer.nps-3';

type Answer = { status: number; data: unknown };
function serve(answers: Record<string, Answer | (() => Answer)>) {
  const calls: BackendSrvRequest[] = [];
  const fetch = (req: BackendSrvRequest) => {
    calls.push(req);
    const found = answers[`${req.method ?? 'GET'} ${req.url}`];
    const answer =
      typeof found === 'function' ? found() : (found ?? { status: 404, data: { error: { message: 'no' } } });
    return answer.status < 400
      ? of({
          data: answer.data,
          status: answer.status,
          ok: true,
          statusText: 'OK',
          headers: new Headers(),
          redirected: false,
          type: 'basic' as const,
          url: req.url,
          config: req,
        })
      : throwError(() => ({ ...answer, statusText: 'refused', config: req }));
  };
  setBackendSrv({ fetch } as BackendSrv);
  return calls;
}

function signIn(login: string, orgRole: OrgRole) {
  config.bootData.user = { ...config.bootData.user, login, orgRole, isGrafanaAdmin: false };
}

const inbox = { [`GET ${BASE}/viewer/v1/proposals`]: { status: 200, data: { proposals: [nps] } } };

describe('GovernancePage approvals', () => {
  it('shows a Viewer the diff and approve disabled with the reason', async () => {
    signIn('vera', OrgRole.Viewer);
    serve(inbox);
    render(<GovernancePage />);
    const card = await screen.findByTestId(ids.proposal(key));
    expect(screen.getByTestId(ids.user)).toHaveTextContent('vera');
    expect(screen.getByTestId(ids.user)).toHaveTextContent('Viewer');
    expect(within(card).getByTestId(ids.diff(key))).toHaveTextContent('spec.thresholds.goal');
    expect(within(card).getByTestId(ids.diff(key))).toHaveTextContent('45');
    expect(within(card).getByTestId(ids.approve(key))).toBeDisabled();
    expect(within(card).getByTestId(ids.approveBlocked(key))).toHaveTextContent(
      'Approving needs the Admin role in Grafana (approver on the KPI server); you are Viewer'
    );
  });

  it('refuses the author of a four-eyes proposal', async () => {
    signIn('Alice', OrgRole.Admin);
    serve(inbox);
    render(<GovernancePage />);
    expect(await screen.findByTestId(ids.approveBlocked(key))).toHaveTextContent(
      'four-eyes: someone other than alice must approve'
    );
    expect(screen.getByTestId(ids.approve(key))).toBeDisabled();
  });

  it('lets another Admin approve through the admin route, then reloads the inbox', async () => {
    signIn('bob', OrgRole.Admin);
    let pending = [nps];
    const calls = serve({
      [`GET ${BASE}/viewer/v1/proposals`]: () => ({ status: 200, data: { proposals: pending } }),
      [`POST ${BASE}/admin/v1/kpis/customer.nps/versions/3/approve`]: () => {
        pending = [];
        return { status: 200, data: {} };
      },
    });
    render(<GovernancePage />);
    await userEvent.type(await screen.findByTestId(ids.comment(key)), 'ok by me');
    await userEvent.click(screen.getByTestId(ids.approve(key)));
    expect(await screen.findByTestId(ids.inboxEmpty)).toBeInTheDocument();
    const approve = calls.find((c) => c.method === 'POST');
    expect(approve?.url).toBe(`${BASE}/admin/v1/kpis/customer.nps/versions/3/approve`);
    expect(approve?.data).toEqual({ reason: 'ok by me' });
    expect(calls.filter((c) => c.url.endsWith('/proposals'))).toHaveLength(2);
  });

  it('needs a reason to reject, and sends it', async () => {
    signIn('bob', OrgRole.Admin);
    const calls = serve({
      ...inbox,
      [`POST ${BASE}/admin/v1/kpis/customer.nps/versions/3/reject`]: { status: 200, data: {} },
    });
    render(<GovernancePage />);
    expect(await screen.findByTestId(ids.reject(key))).toBeDisabled();
    expect(screen.getByTestId(ids.rejectBlocked(key))).toHaveTextContent('Rejecting needs a reason');
    await userEvent.type(screen.getByTestId(ids.comment(key)), 'goal not agreed');
    await userEvent.click(screen.getByTestId(ids.reject(key)));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')?.data).toEqual({ reason: 'goal not agreed' });
  });

  it('says in plain words when a freeze window blocks the approval', async () => {
    signIn('bob', OrgRole.Admin);
    serve({
      ...inbox,
      [`POST ${BASE}/admin/v1/kpis/customer.nps/versions/3/approve`]: {
        status: 423,
        data: { error: { code: 'frozen', message: 'year-end: books closing' } },
      },
    });
    render(<GovernancePage />);
    await userEvent.click(await screen.findByTestId(ids.approve(key)));
    expect(await screen.findByTestId(ids.decisionError(key))).toHaveTextContent(
      'Frozen (423): a freeze window covers this resource (year-end: books closing).'
    );
  });
});

describe('GovernancePage audit verify', () => {
  const hash = 'b'.repeat(64);
  const audit = { [`GET ${BASE}/viewer/v1/audit?order=desc&limit=50`]: { status: 200, data: [] } };

  it('shows the chain head when the chain verifies', async () => {
    signIn('vera', OrgRole.Viewer);
    serve({
      ...inbox,
      ...audit,
      [`GET ${BASE}/viewer/v1/audit/verify`]: {
        status: 200,
        data: { ok: true, entries: 9, versions: 4, head: { entries: 9, hash } },
      },
    });
    render(<GovernancePage />);
    await userEvent.click(screen.getByTestId(ids.tab('audit')));
    await userEvent.click(await screen.findByTestId(ids.verify));
    expect(await screen.findByTestId(ids.verifyResult)).toHaveTextContent(
      'Chain verified: 9 entries, 4 versions checked'
    );
    expect(screen.getByTestId(ids.verifyHead)).toHaveTextContent(`9:${hash}`);
  });

  it('names the first broken entry and the tampered versions', async () => {
    signIn('vera', OrgRole.Viewer);
    serve({
      ...inbox,
      ...audit,
      [`GET ${BASE}/viewer/v1/audit/verify`]: {
        status: 200,
        data: {
          ok: false,
          entries: 9,
          versions: 4,
          firstBroken: { seq: 4, reason: 'hash mismatch' },
          tamperedVersions: [{ kind: 'KPI', id: 'customer.nps', version: 2, reason: 'document changed' }],
        },
      },
    });
    render(<GovernancePage />);
    await userEvent.click(screen.getByTestId(ids.tab('audit')));
    await userEvent.click(await screen.findByTestId(ids.verify));
    expect(await screen.findByTestId(ids.verifyProblem(0))).toHaveTextContent('first broken entry #4: hash mismatch');
    expect(screen.getByTestId(ids.verifyProblem(1))).toHaveTextContent(
      'tampered KPI customer.nps v2: document changed'
    );
    expect(screen.getByTestId(ids.verifyResult)).toHaveTextContent('Verification FAILED');
  });
});
