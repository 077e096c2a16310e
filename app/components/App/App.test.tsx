import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type AppPluginMeta, type AppRootProps, PluginType } from '@grafana/data';
import {
  type BackendSrv,
  type BackendSrvRequest,
  type FetchResponse,
  locationService,
  setBackendSrv,
} from '@grafana/runtime';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import { type Observable, throwError } from 'rxjs';
import { testIds } from '../../testIds';
import pluginJson from '../../plugin.json';
import { App } from './App';

const meta: AppPluginMeta = {
  id: pluginJson.id,
  name: pluginJson.name,
  type: PluginType.app,
  module: 'public/plugins/scorecard-suite-app/module.js',
  baseUrl: 'public/plugins/scorecard-suite-app',
  enabled: true,
  info: { ...pluginJson.info, version: '0.1.0', updated: '2026-11-22', links: [] },
  includes: pluginJson.includes.map((i) => ({ ...i, type: i.type as never })),
};

const props: AppRootProps = {
  meta,
  basename: '/a/scorecard-suite-app',
  path: '/a/scorecard-suite-app',
  query: {},
  onNavChanged: () => {},
};

// no KPI server behind the proxy: every section says so, as Grafana's proxy answers 502 then
const unreachable = (config: BackendSrvRequest) => ({
  status: 502,
  statusText: 'Bad Gateway',
  data: { message: 'bad gateway' },
  config,
});
const fetch = (req: BackendSrvRequest): Observable<FetchResponse> => throwError(() => unreachable(req));

// Grafana renders app pages inside its router; links (TextLink) need one
const renderApp = () =>
  render(
    <MemoryRouter>
      <App {...props} />
    </MemoryRouter>
  );

describe('App', () => {
  beforeEach(() => {
    setBackendSrv({ fetch } as BackendSrv);
    act(() => locationService.push('/a/scorecard-suite-app'));
  });

  it('opens on the overview, listing the nested plugins of plugin.json', async () => {
    renderApp();
    const page = screen.getByTestId(testIds.app.page('overview'));
    expect((await screen.findAllByText(/bad gateway/i)).length).toBeGreaterThan(0);
    expect(page).toHaveTextContent('Scorecard Suite 0.1.0');
    expect(page).toHaveTextContent('Balanced Scorecard (panel)');
    expect(page).toHaveTextContent('Journey Funnel (panel)');
    expect(page).toHaveTextContent('Scorecard KPI (datasource)');
  });

  it('follows the URL and navigates with the tabs', async () => {
    act(() => locationService.push('/a/scorecard-suite-app/governance'));
    renderApp();
    expect(screen.getByTestId(testIds.app.page('governance'))).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Maturity' }));
    // the cycles view asks the KPI server, which is unreachable here
    expect(screen.getByTestId(testIds.app.page('maturity'))).toContainElement(
      screen.getByTestId(testIds.maturity.root)
    );
    expect(locationService.getLocation().pathname).toBe('/a/scorecard-suite-app/maturity');
  });

  it('says "not found" for a path that names no page', () => {
    act(() => locationService.push('/a/scorecard-suite-app/nowhere'));
    renderApp();
    expect(screen.getByTestId(testIds.app.notFound)).toHaveTextContent(
      'No page of Scorecard Suite lives at /a/scorecard-suite-app/nowhere'
    );
  });
});
