import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { OrgRole } from '@grafana/data';
import { config, locationService } from '@grafana/runtime';
import { type EscalationView } from '../../../core/escalation/api';
import { fail, fakeBackend, ok } from '../../testing/fakeBackend';
import { signIn } from '../../testing/signIn';
import { EscalationsPage } from './EscalationsPage';
import { aDelivery, anEscalation, NOW } from './fixtures';
import { escalationsTestIds as ids } from './testIds';

const userEvent = userEventLib.setup({ delay: null });
const BASE = '/api/plugin-proxy/scorecard-suite-app';
const LIST = `GET ${BASE}/viewer/v1/escalations`;
const DETAIL = `GET ${BASE}/viewer/v1/escalations/esc-1`;
const ACK = `POST ${BASE}/editor/v1/escalations/esc-1/ack`;
const RESOLVE = `POST ${BASE}/editor/v1/escalations/esc-1/resolve`;

const open = anEscalation();
const acknowledged = anEscalation({
  id: 'esc-2',
  state: 'acknowledged',
  kpi: 'support.csat',
  kpiName: 'CSAT',
  owner: 'bo',
  policy: 'csat-below',
  policyName: 'CSAT below target',
  policyVersion: 1,
  openedAt: '2026-11-30T12:00:00Z',
  breach: { status: 'below-target', periods: 2, of: 3, through: '2026-11', detail: [] },
  level: 2,
  acknowledgedAt: '2026-12-01T12:00:00Z',
  acknowledgedBy: 'carol',
  acknowledgeNote: 'looking',
});
const resolved = anEscalation({
  id: 'esc-3',
  state: 'resolved',
  kpi: 'sales.win-rate',
  kpiName: 'Win rate',
  owner: 'dan',
  openedAt: '2026-11-20T12:00:00Z',
  resolvedAt: '2026-11-30T12:00:00Z',
  resolution: 'recovered',
});
const withDeliveries = anEscalation({
  deferredUntil: '2026-12-02T18:00:00Z',
  deliveries: [
    aDelivery(),
    aDelivery({
      receiver: 'pager',
      receiverType: 'alertmanager',
      status: 'pending',
      attempts: 2,
      deliveredAt: null,
      nextAttemptAt: '2026-12-02T12:05:00Z',
      lastError: 'HTTP 503',
    }),
    aDelivery({
      receiver: 'chat',
      status: 'failed',
      attempts: 6,
      deliveredAt: null,
      lastError: 'connect ECONNREFUSED 127.0.0.1:9',
    }),
  ],
});

const listUrls = (backend: ReturnType<typeof fakeBackend>) =>
  backend.sent('GET').flatMap((r) => (r.url.includes('/escalations?') ? [r.url.split('/v1/')[1]] : []));

const rowOf = (id: string) => screen.getByTestId(ids.select(id)).closest('tr');

function renderAt(search = '') {
  act(() => locationService.push(`/a/scorecard-suite-app/escalations${search}`));
  render(<EscalationsPage />);
}

describe('EscalationsPage', () => {
  beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
    config.bootData.user.timezone = 'utc';
    signIn('vera', OrgRole.Viewer);
  });
  afterEach(() => jest.restoreAllMocks());

  it('lists the escalations with their breach, outcome and times in the user time zone', async () => {
    config.bootData.user.timezone = 'Europe/Berlin';
    fakeBackend({ [LIST]: ok({ escalations: [open, acknowledged, resolved] }) });
    renderAt();
    await screen.findByTestId(ids.list);
    const cells = (id: string) =>
      within(rowOf(id) ?? document.body)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    // opened 09:00 UTC = 10:00 in Berlin (CET), 3 h before 12:00 UTC
    expect(cells('esc-1')).toEqual([
      'Net Promoter Scorecustomer.nps',
      'ana',
      'NPS critical v2',
      'open',
      '1',
      '3 h ago (2026-12-02 10:00)',
      'critical 3 of the last 3 periods, through 2026-11',
      '—',
      '—',
    ]);
    expect(cells('esc-2')).toEqual([
      'CSATsupport.csat',
      'bo',
      'CSAT below target v1',
      'acknowledged',
      '2',
      '2 d ago (2026-11-30 13:00)',
      'below target 2 of the last 3 periods, through 2026-11',
      'carol, 1 d ago (2026-12-01 13:00)',
      '—',
    ]);
    expect(cells('esc-3')[8]).toBe('2 d ago (2026-11-30 13:00): recovered');
  });

  it('keeps the filters in the URL and asks the server with them', async () => {
    const backend = fakeBackend({ [LIST]: ok({ escalations: [open] }) });
    renderAt();
    await screen.findByTestId(ids.list);
    expect(listUrls(backend)).toEqual(['escalations?state=unresolved&limit=200']);

    await userEvent.click(within(screen.getByTestId(ids.filterState)).getByLabelText('Resolved'));
    await waitFor(() => expect(listUrls(backend).at(-1)).toBe('escalations?state=resolved&limit=200'));
    expect(locationService.getSearchObject()).toEqual({ state: 'resolved' });

    await userEvent.type(screen.getByTestId(ids.filterKpi), 'customer.nps{Enter}');
    await waitFor(() => expect(listUrls(backend).at(-1)).toBe('escalations?state=resolved&kpi=customer.nps&limit=200'));
    await userEvent.type(screen.getByTestId(ids.filterOwner), 'ana');
    await userEvent.tab();
    await waitFor(() =>
      expect(listUrls(backend).at(-1)).toBe('escalations?state=resolved&kpi=customer.nps&owner=ana&limit=200')
    );
    await userEvent.click(within(screen.getByTestId(ids.filterState)).getByLabelText('All'));
    await waitFor(() => expect(listUrls(backend).at(-1)).toBe('escalations?kpi=customer.nps&owner=ana&limit=200'));
    expect(locationService.getSearchObject()).toEqual({ state: 'all', kpi: 'customer.nps', owner: 'ana' });
    // one request per change, none per keystroke
    expect(listUrls(backend)).toHaveLength(5);
  });

  it('starts from the filters in the URL', async () => {
    const backend = fakeBackend({ [LIST]: ok({ escalations: [acknowledged] }) });
    renderAt('?state=acknowledged&owner=bo');
    await screen.findByTestId(ids.list);
    expect(listUrls(backend)).toEqual(['escalations?state=acknowledged&owner=bo&limit=200']);
    expect(screen.getByTestId(ids.filterOwner)).toHaveValue('bo');
  });

  it("shows the breach values in the KPI's unit, so 8.4% below an 8% target reads as below", async () => {
    const rate = anEscalation({
      unit: 'percentunit',
      breach: {
        ...open.breach,
        detail: [{ period: '2026-11', status: 'warning', belowTarget: true, value: 0.084, target: 0.08 }],
      },
    });
    fakeBackend({ [LIST]: ok({ escalations: [rate] }), [DETAIL]: ok(rate) });
    renderAt();
    await userEvent.click(await screen.findByTestId(ids.select(rate.id)));
    const row = (await screen.findByTestId(ids.breachPeriod('2026-11'))).closest('tr');
    expect(row?.textContent).toBe('2026-118.40%8%warning below target');
  });

  it('opens the detail with breach periods, notifications, deliveries and the quiet-hours hold', async () => {
    fakeBackend({ [LIST]: ok({ escalations: [open] }), [DETAIL]: ok(withDeliveries) });
    renderAt();
    await userEvent.click(await screen.findByTestId(ids.select('esc-1')));
    const detail = await screen.findByTestId(ids.detail);
    expect(locationService.getSearchObject()).toEqual({ id: 'esc-1' });

    const period = (p: string) => screen.getByTestId(ids.breachPeriod(p)).closest('tr')?.textContent;
    expect(period('2026-09')).toBe('2026-091240critical below target');
    expect(period('2026-11')).toBe('2026-119.1340critical below target');
    expect(screen.getByTestId(ids.notification('esc-1:1:1')).closest('tr')?.textContent).toBe(
      '112 h ago (2026-12-02 09:00)esc-1:1:1'
    );
    expect(screen.getByTestId(ids.deferred)).toHaveTextContent(
      'Held by quiet hours until 2026-12-02 18:00 (in 6 h); the notice goes out then.'
    );

    const delivery = (receiver: string) =>
      within(detail).getByTestId(ids.delivery('esc-1:1:1', receiver)).closest('tr')?.textContent;
    expect(delivery('local')).toBe('local (webhook)opened1delivered 2 h ago (2026-12-02 09:01) after 1 attempt');
    expect(delivery('pager')).toBe(
      'pager (alertmanager)opened1pending next attempt 2026-12-02 12:05 (in 5 min), 2 attempts so far; last error: HTTP 503'
    );
    expect(delivery('chat')).toBe(
      'chat (webhook)opened1failed gave up after 6 attempts: connect ECONNREFUSED 127.0.0.1:9'
    );
    // by receiver name
    const receivers = within(detail)
      .getAllByTestId(/scorecard-escalations-delivery-/)
      .map((d) => d.textContent);
    expect(receivers).toEqual(['chat (webhook)', 'local (webhook)', 'pager (alertmanager)']);
  });

  it('acknowledges with the note as the Editor route and reloads the list and detail', async () => {
    signIn('dora', OrgRole.Editor);
    let current: EscalationView = open;
    const backend = fakeBackend({
      [LIST]: () => ok({ escalations: [current] }),
      [DETAIL]: () => ok({ ...current, deliveries: [] }),
      [ACK]: () => {
        current = anEscalation({
          state: 'acknowledged',
          acknowledgedAt: '2026-12-02T11:59:00Z',
          acknowledgedBy: 'dora',
          acknowledgeNote: 'on it',
        });
        return ok(current);
      },
    });
    renderAt('?id=esc-1');
    await screen.findByTestId(ids.detail);
    await userEvent.type(screen.getByTestId(ids.ackNote), '  on it ');
    await userEvent.click(screen.getByTestId(ids.ack));

    await waitFor(() => expect(screen.getByTestId(ids.detail)).toHaveTextContent('Acknowledged by dora, 1 min ago'));
    expect(backend.sent('POST').map((r) => r.url)).toEqual([`${BASE}/editor/v1/escalations/esc-1/ack`]);
    expect(backend.bodies('POST')).toEqual([{ note: 'on it' }]);
    expect(screen.getByTestId(ids.detail)).toHaveTextContent('“on it”');
    await waitFor(() => expect(rowOf('esc-1')).toHaveTextContent('dora, 1 min ago (2026-12-02 11:59)'));
    expect(listUrls(backend)).toHaveLength(2);
    expect(backend.sent('GET').filter((r) => r.url.endsWith('/escalations/esc-1'))).toHaveLength(2);
    // acknowledged: only resolving is left
    expect(screen.queryByTestId(ids.ack)).not.toBeInTheDocument();
    expect(screen.getByTestId(ids.resolve)).toBeInTheDocument();
  });

  it('refuses to resolve without a note and sends nothing', async () => {
    signIn('dora', OrgRole.Editor);
    const backend = fakeBackend({
      [LIST]: ok({ escalations: [open] }),
      [DETAIL]: ok(open),
      [RESOLVE]: ok(open),
    });
    renderAt('?id=esc-1');
    await screen.findByTestId(ids.detail);
    await userEvent.type(screen.getByTestId(ids.resolveNote), '   ');
    await userEvent.click(screen.getByTestId(ids.resolve));
    expect(await screen.findByText('say why it is resolved')).toBeInTheDocument();
    expect(backend.sent('POST')).toEqual([]);
  });

  it('shows the server message of a 409 and reloads what changed', async () => {
    signIn('ada', OrgRole.Admin);
    let current: EscalationView = open;
    const backend = fakeBackend({
      [LIST]: () => ok({ escalations: [current] }),
      [DETAIL]: () => ok(current),
      [RESOLVE]: () => {
        current = resolved;
        return fail(409, 'escalation esc-1 is already resolved', 'conflict');
      },
    });
    renderAt('?id=esc-1');
    await screen.findByTestId(ids.detail);
    await userEvent.type(screen.getByTestId(ids.resolveNote), 'fixed the survey');
    await userEvent.click(screen.getByTestId(ids.resolve));
    expect(await screen.findByTestId(ids.actionError)).toHaveTextContent(
      'Refused (409): escalation esc-1 is already resolved'
    );
    expect(backend.bodies('POST')).toEqual([{ note: 'fixed the survey' }]);
    await waitFor(() => expect(screen.queryByTestId(ids.resolve)).not.toBeInTheDocument());
    expect(screen.getByTestId(ids.actionError)).toBeInTheDocument();
  });

  it('shows a Viewer no buttons', async () => {
    fakeBackend({ [LIST]: ok({ escalations: [open] }), [DETAIL]: ok(withDeliveries) });
    renderAt('?id=esc-1');
    await screen.findByTestId(ids.detail);
    expect(screen.getByTestId(ids.viewerHint)).toHaveTextContent('need the Editor role');
    expect(screen.queryByTestId(ids.ack)).not.toBeInTheDocument();
    expect(screen.queryByTestId(ids.resolve)).not.toBeInTheDocument();
    expect(screen.queryByTestId(ids.evaluate)).not.toBeInTheDocument();
  });

  it('evaluates now and shows what it did', async () => {
    signIn('dora', OrgRole.Editor);
    const backend = fakeBackend({
      [LIST]: ok({ escalations: [open] }),
      [`POST ${BASE}/editor/v1/escalations`]: ok({
        at: '2026-12-02T12:00:00Z',
        policies: 3,
        opened: ['esc-4', 'esc-5'],
        notified: ['esc-4'],
        deferred: [],
        resolved: ['esc-3'],
        errors: [{ policy: 'broken', message: 'KPI ghost does not exist' }],
      }),
    });
    renderAt();
    await screen.findByTestId(ids.list);
    await userEvent.click(screen.getByTestId(ids.evaluate));
    const summary = await screen.findByTestId(ids.evaluation);
    expect(summary).toHaveTextContent(
      '3 policies evaluated: opened 2, notified 1, held by quiet hours 0, resolved 1, errors 1'
    );
    expect(summary).toHaveTextContent('broken: KPI ghost does not exist');
    expect(backend.bodies('POST')).toEqual([{}]);
    await waitFor(() => expect(listUrls(backend)).toHaveLength(2));
  });

  it('says what escalations are when there are none', async () => {
    fakeBackend({ [LIST]: ok({ escalations: [] }) });
    renderAt();
    const empty = await screen.findByTestId(ids.empty);
    expect(empty).toHaveTextContent('No escalations');
    expect(empty).toHaveTextContent('An escalation opens when an EscalationPolicy sees a KPI breach');
    expect(empty).toHaveTextContent('docs/escalations.md');
  });

  it('says when the list cannot be read', async () => {
    fakeBackend({ [LIST]: fail(500, 'store down') });
    renderAt();
    expect(await screen.findByTestId(ids.loadError)).toHaveTextContent('store down');
  });
});
