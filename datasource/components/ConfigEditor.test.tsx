import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type DataSourceSettings } from '@grafana/data';
import { type KpiDataSourceOptions, type KpiSecureJsonData } from '../types';
import { ConfigEditor } from './ConfigEditor';

type Settings = DataSourceSettings<KpiDataSourceOptions, KpiSecureJsonData>;

function settings(url: string, tokenConfigured: boolean): Settings {
  return {
    id: 1,
    uid: 'kpi',
    orgId: 1,
    name: 'KPI',
    type: 'scorecard-kpi-datasource',
    typeName: 'Scorecard KPI',
    typeLogoUrl: '',
    access: 'proxy',
    url: '',
    user: '',
    database: '',
    basicAuth: false,
    basicAuthUser: '',
    withCredentials: false,
    isDefault: false,
    jsonData: { url },
    secureJsonFields: { token: tokenConfigured },
    readOnly: false,
  };
}

describe('ConfigEditor', () => {
  it('says what is wrong with the server URL', () => {
    render(<ConfigEditor options={settings('localhost:3100', true)} onOptionsChange={() => {}} />);
    expect(screen.getByText(/not a URL|speaks HTTP/)).toBeInTheDocument();
  });

  it('keeps a configured token secret and lets it be reset', async () => {
    const onOptionsChange = jest.fn<void, [Settings]>();
    render(<ConfigEditor options={settings('http://kpi:3100', true)} onOptionsChange={onOptionsChange} />);
    expect(screen.getByDisplayValue('configured')).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(onOptionsChange.mock.lastCall?.[0]).toMatchObject({
      secureJsonFields: { token: false },
      secureJsonData: { token: '' },
    });
  });

  it('sends a new token as secure JSON data, never as plain JSON data', async () => {
    const onOptionsChange = jest.fn<void, [Settings]>();
    render(<ConfigEditor options={settings('http://kpi:3100', false)} onOptionsChange={onOptionsChange} />);
    await userEvent.type(screen.getByPlaceholderText('viewer or editor token'), 'x');
    const next = onOptionsChange.mock.lastCall?.[0];
    expect(next?.secureJsonData).toEqual({ token: 'x' });
    expect(JSON.stringify(next?.jsonData)).not.toContain('"x"');
  });
});
