import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { of, throwError } from 'rxjs';
import { AppPlugin, type AppPluginMeta, PluginType } from '@grafana/data';
import type { BackendSrvRequest } from '@grafana/runtime';
import { AppConfig } from './AppConfig';
import type { AppJsonData } from './settings';
import { appConfigTestIds } from './testIds';

const calls: BackendSrvRequest[] = [];
let answer: (req: BackendSrvRequest) => unknown = () => ({});

jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getBackendSrv: () => ({
    fetch: (req: BackendSrvRequest) => {
      calls.push(req);
      const result = answer(req);
      return result instanceof Error ? throwError(() => result) : of({ data: result, status: 200 });
    },
  }),
}));

function pluginWith(meta: Partial<AppPluginMeta<AppJsonData>>) {
  const plugin = new AppPlugin<AppJsonData>();
  plugin.meta = {
    id: 'scorecard-suite-app',
    name: 'Scorecard Suite',
    type: PluginType.app,
    module: '',
    baseUrl: '',
    enabled: true,
    pinned: true,
    info: {
      author: { name: 'x' },
      description: '',
      links: [],
      logos: { small: '', large: '' },
      screenshots: [],
      updated: '',
      version: '',
    },
    ...meta,
  };
  return plugin;
}

describe('AppConfig', () => {
  beforeEach(() => {
    calls.length = 0;
    answer = () => ({});
  });

  it('saves the URL and only the tokens typed or reset, keeping the configured viewer token', async () => {
    const plugin = pluginWith({
      jsonData: { serverUrl: 'http://kpi:3100' },
      secureJsonFields: { viewerToken: true, approverToken: true },
    });
    render(<AppConfig plugin={plugin} query={{}} />);
    await userEvent.type(screen.getByTestId(appConfigTestIds.token('editorToken')), 'e-token');
    // the configured viewer and approver tokens each have a Reset button, in form order
    const resets = screen.getAllByRole('button', { name: 'Reset' });
    expect(resets).toHaveLength(2);
    await userEvent.click(resets[1] ?? document.body);
    await userEvent.click(screen.getByTestId(appConfigTestIds.save));
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    expect(calls).toEqual([
      expect.objectContaining({
        url: '/api/plugins/scorecard-suite-app/settings',
        method: 'POST',
        data: {
          enabled: true,
          pinned: true,
          jsonData: { serverUrl: 'http://kpi:3100' },
          secureJsonData: { editorToken: 'e-token', approverToken: '' },
          secureJsonFields: { viewerToken: true, editorToken: true, approverToken: false },
        },
      }),
    ]);
  });

  it('tests the connection through the viewer route and says what it found', async () => {
    answer = () => ({ status: 'ok', version: '2.0.0', store: { kind: 'postgres', state: 'ok' }, role: 'viewer' });
    render(<AppConfig plugin={pluginWith({ jsonData: { serverUrl: 'http://kpi:3100' } })} query={{}} />);
    await userEvent.click(screen.getByTestId(appConfigTestIds.test));
    expect(await screen.findByTestId(appConfigTestIds.result)).toHaveTextContent(
      'Connected to KPI server 2.0.0, store postgres (ok), viewer token role viewer.'
    );
    expect(calls.map((c) => c.url)).toEqual(['/api/plugin-proxy/scorecard-suite-app/viewer/health']);
  });

  it('says why the connection failed', async () => {
    answer = () => Object.assign(new Error('Bad Gateway'), { status: 502, data: { message: 'Bad Gateway' } });
    render(<AppConfig plugin={pluginWith({ jsonData: { serverUrl: 'http://kpi:3100' } })} query={{}} />);
    await userEvent.click(screen.getByTestId(appConfigTestIds.test));
    expect(await screen.findByTestId(appConfigTestIds.result)).toHaveTextContent(
      'The KPI server could not be reached at the saved URL (Bad Gateway).'
    );
  });

  it('does not save without a server URL', () => {
    render(<AppConfig plugin={pluginWith({})} query={{}} />);
    expect(screen.getByTestId(appConfigTestIds.save)).toBeDisabled();
    expect(screen.getByText(/Grafana proxy tokens \(kind\s+grafana/)).toBeInTheDocument();
  });
});
