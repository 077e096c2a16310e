import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import { of, throwError } from 'rxjs';
import { type AppPluginMeta, PluginType } from '@grafana/data';
import { type BackendSrvRequest, config } from '@grafana/runtime';
import pluginJson from '../../plugin.json';
import { cycleJson, resultsJson } from './fixtures';
import { OverviewPage } from './OverviewPage';
import { overviewTestIds as ids } from './testIds';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const HASH = 'c0ffee'.repeat(10) + 'c0ff';
const BASE = '/api/plugin-proxy/scorecard-suite-app/viewer/v1/';
const calls: BackendSrvRequest[] = [];
let failing: string | null = null;
let overrides: Record<string, unknown> = {};

const catalogEntry = (id: string, state: string, perspective: string) => ({
  id,
  name: id,
  description: null,
  perspective,
  journeyStage: null,
  indicator: 'lagging',
  unit: 'percent',
  direction: 'higher-is-better',
  period: 'month',
  target: 50,
  redFlag: 20,
  goal: 60,
  owner: 'ana',
  assumptions: null,
  labels: {},
  calculation: 'measure',
  scorecards: ['northwind-corporate'],
  version: 1,
  latestVersion: state === 'proposed' ? 2 : 1,
  approvedVersion: state === 'draft' ? null : 1,
  state,
  fourEyes: true,
});
const freezeWindow = (id: string, from: string, to: string) => ({
  kind: 'FreezeWindow',
  id,
  version: 1,
  state: 'approved',
  author: 'ana',
  document: {
    apiVersion: 'scorecard/v1',
    kind: 'FreezeWindow',
    metadata: { id },
    spec: { from, to, reason: `${id}: board reporting`, scope: { scorecards: ['northwind-corporate'] } },
  },
});

const ANSWERS: Record<string, unknown> = {
  scorecards: [{ kind: 'Scorecard', id: 'northwind-corporate', latestVersion: 2, approvedVersion: 2, retired: false }],
  'scorecards/northwind-corporate': {
    kind: 'Scorecard',
    id: 'northwind-corporate',
    version: 2,
    document: { spec: { name: 'Northwind Cloud corporate scorecard', perspectives: [] } },
  },
  query: {
    results: {
      'northwind-corporate': {
        frames: [
          {
            schema: {
              name: 'northwind-corporate',
              refId: 'northwind-corporate',
              meta: {
                custom: {
                  scorecardId: 'northwind-corporate',
                  score: 3.1,
                  status: 'critical',
                  periodLabel: 'November 2026',
                },
              },
              fields: [{ name: 'kpi', type: 'string' }],
            },
            data: { values: [['Net Promoter Score']] },
          },
        ],
      },
    },
  },
  catalog: {
    kpis: [
      catalogEntry('customer.nps', 'approved', 'Customer'),
      catalogEntry('customer.csat', 'proposed', 'Customer'),
      catalogEntry('finance.arr', 'draft', 'Financial'),
    ],
  },
  proposals: {
    proposals: [
      {
        kind: 'KPI',
        id: 'customer.csat',
        name: 'Customer satisfaction (support)',
        version: 2,
        against: 1,
        author: 'ben',
        message: 'raise the goal',
        createdAt: '2026-11-29T12:00:00Z',
        fourEyes: true,
        changes: [{ path: 'spec.thresholds.goal', op: 'changed', from: 80, to: 85 }],
      },
    ],
  },
  'freeze-windows': [
    { kind: 'FreezeWindow', id: 'q4-close', latestVersion: 1, approvedVersion: 1, retired: false },
    { kind: 'FreezeWindow', id: 'budget', latestVersion: 1, approvedVersion: 1, retired: false },
  ],
  'freeze-windows/q4-close?version=1': freezeWindow('q4-close', '2026-12-01T00:00:00Z', '2026-12-05T18:00:00Z'),
  'freeze-windows/budget?version=1': freezeWindow('budget', '2027-01-10T08:30:00Z', '2027-01-12T00:00:00Z'),
  'audit/verify': { ok: true, entries: 57, versions: 40, head: { entries: 57, hash: HASH } },
  'maturity/cycles?state=released': {
    cycles: [cycleJson('corp-2026', 'northwind-corporate', 2026, '2026-11-20T10:00:00Z')],
  },
  'maturity/cycles/corp-2026/results': resultsJson('corp-2026', 'northwind-corporate', 2026, [2, 3, 1]),
};

jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getBackendSrv: () => ({
    fetch: (req: BackendSrvRequest) => {
      calls.push(req);
      const path = req.url.replace(BASE, '');
      if (path === failing) {
        return throwError(() => ({
          status: 500,
          statusText: 'Internal Server Error',
          data: { error: { code: 'internal', message: 'the audit log could not be read: store is locked' } },
        }));
      }
      const answers = { ...ANSWERS, ...overrides };
      return path in answers
        ? of({ data: answers[path], status: 200 })
        : throwError(() => new Error(`no answer for ${path}`));
    },
  }),
}));

const meta: AppPluginMeta = {
  id: pluginJson.id,
  name: pluginJson.name,
  type: PluginType.app,
  module: '',
  baseUrl: '',
  enabled: true,
  info: { ...pluginJson.info, version: '0.1.0', updated: '2026-11-22', links: [] },
  includes: pluginJson.includes.map((i) => ({ ...i, type: i.type as never })),
};

// TextLink routes internal links, so the page needs the router Grafana wraps app pages in.
const renderPage = () =>
  render(
    <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <OverviewPage meta={meta} />
    </MemoryRouter>
  );

describe('OverviewPage', () => {
  beforeEach(() => {
    calls.length = 0;
    failing = null;
    overrides = {};
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
    config.bootData.user.timezone = 'utc';
  });
  afterEach(() => jest.restoreAllMocks());

  it('shows every section from the server', async () => {
    renderPage();
    const card = await screen.findByTestId(ids.scorecard('northwind-corporate'));
    expect(card).toHaveTextContent('Northwind Cloud corporate scorecard');
    expect(card).toHaveTextContent('3.1 / 10');
    expect(card).toHaveTextContent('Off track');
    expect(card).toHaveTextContent('November 2026');
    expect(within(card).getByRole('link')).toHaveAttribute(
      'href',
      '/d/scorecard-balanced?var-scorecard=northwind-corporate'
    );
    const query = calls.find((c) => c.url === `${BASE}query`);
    expect(query?.method).toBe('POST');
    // 90 days before NOW
    expect(query?.data).toEqual({
      from: NOW - 90 * 86_400_000,
      to: NOW,
      queries: [{ refId: 'northwind-corporate', queryType: 'scorecard', scorecard: 'northwind-corporate' }],
    });

    const proposed = await screen.findByTestId(ids.kpiState('proposed'));
    expect(proposed).toHaveTextContent('Proposed: 1');
    expect(within(proposed).getByRole('link')).toHaveAttribute('href', '/a/scorecard-suite-app/catalog?state=proposed');
    expect(screen.getByTestId(ids.kpiState('retired'))).toHaveTextContent('Retired: 0');
    expect(screen.getByTestId(ids.perspective('Customer'))).toHaveTextContent('Customer: 2');

    // Nov 29 12:00 → Dec 2 12:00 is 3 days
    expect(await screen.findByTestId(ids.approval('KPI/customer.csat/2'))).toHaveTextContent(
      'KPI customer.csat v2Customer satisfaction (support) · by ben · 3 days ago'
    );
    expect(screen.getByTestId(ids.section('approvals'))).toHaveTextContent('1 version awaiting a decision');

    expect(await screen.findByTestId(ids.freezeNow('q4-close'))).toHaveTextContent(
      'q4-close: 2026-12-01 00:00 → 2026-12-05 18:00'
    );
    expect(screen.getByTestId(ids.freezeNext)).toHaveTextContent('budget: 2027-01-10 08:30 → 2027-01-12 00:00');
    expect(screen.getByTestId(ids.freezeNext)).toHaveTextContent('freezes scorecards northwind-corporate');

    expect(await screen.findByTestId(ids.audit)).toHaveTextContent(`Intact: 57 entries verifiedChain head 57:${HASH}`);

    // stages 1,2,3: the 2nd smallest is 2 → Managed
    expect(await screen.findByTestId(ids.maturityUnit('northwind-corporate'))).toHaveTextContent('Managed');
    expect(screen.getByTestId(ids.plugins)).toHaveTextContent('Balanced Scorecard (panel)');
  });

  it('shows the server message in the failing section while the others render', async () => {
    failing = 'audit/verify';
    renderPage();
    const error = await screen.findByTestId(ids.sectionError('audit'));
    expect(error).toHaveTextContent('Could not load audit chain');
    expect(error).toHaveTextContent('the audit log could not be read: store is locked');
    expect(await screen.findByTestId(ids.scorecard('northwind-corporate'))).toHaveTextContent('Off track');
    expect(await screen.findByTestId(ids.maturityUnit('northwind-corporate'))).toBeInTheDocument();
    expect(screen.queryByTestId(ids.audit)).not.toBeInTheDocument();
  });

  it('shows a broken chain in plain words', async () => {
    overrides['audit/verify'] = {
      ok: false,
      entries: 57,
      versions: 40,
      firstBroken: { seq: 12, reason: 'the hash does not match the entry: it was edited', action: 'approve' },
    };
    renderPage();
    expect(await screen.findByTestId(ids.audit)).toHaveTextContent(
      'Entry 12 breaks the chain: the hash does not match the entry: it was edited'
    );
  });
});
