import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type AppPluginMeta, type AppRootProps, PluginType } from '@grafana/data';
import { locationService } from '@grafana/runtime';
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

describe('App', () => {
  beforeEach(() => act(() => locationService.push('/a/scorecard-suite-app')));

  it('opens on the overview, listing the nested plugins of plugin.json', () => {
    render(<App {...props} />);
    const page = screen.getByTestId(testIds.app.page('overview'));
    expect(page).toHaveTextContent('Scorecard Suite 0.1.0');
    expect(page).toHaveTextContent('Balanced Scorecard (panel)');
    expect(page).toHaveTextContent('Journey Funnel (panel)');
    expect(page).toHaveTextContent('Scorecard KPI (datasource)');
  });

  it('follows the URL and navigates with the tabs', async () => {
    act(() => locationService.push('/a/scorecard-suite-app/governance'));
    render(<App {...props} />);
    expect(screen.getByTestId(testIds.app.page('governance'))).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Maturity' }));
    expect(screen.getByTestId(testIds.app.page('maturity'))).toHaveTextContent('Not available in this version');
    expect(locationService.getLocation().pathname).toBe('/a/scorecard-suite-app/maturity');
  });
});
