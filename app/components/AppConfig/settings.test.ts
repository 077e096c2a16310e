import { describeFailure, describeHealth, formProblem, initialForm, settingsPayload } from './settings';

describe('app settings form', () => {
  it('sends only typed and reset tokens, and says which are still set', () => {
    const form = initialForm({ serverUrl: 'http://kpi:3100' }, { viewerToken: true, approverToken: true });
    form.tokens.editorToken.value = 'e-new';
    form.tokens.approverToken = { value: '', configured: false };
    expect(settingsPayload({ ...form, serverUrl: ' http://kpi:3100/ ' }, true, true)).toEqual({
      enabled: true,
      pinned: true,
      jsonData: { serverUrl: 'http://kpi:3100' },
      secureJsonData: { editorToken: 'e-new', approverToken: '' },
      secureJsonFields: { viewerToken: true, editorToken: true, approverToken: false },
    });
  });

  it('needs an http(s) server URL', () => {
    expect(formProblem(initialForm({}))).toContain('Enter the KPI server URL');
    expect(formProblem({ ...initialForm({}), serverUrl: 'kpi:3100' })).toBe('"kpi:3100" is not an http(s) URL');
    expect(formProblem({ ...initialForm({}), serverUrl: 'https://kpi.example' })).toBeUndefined();
  });

  it('describes the health answer and failures', () => {
    expect(
      describeHealth({ status: 'ok', version: '1.4.0', store: { kind: 'duckdb', state: 'ok' }, role: 'viewer' })
    ).toBe('Connected to KPI server 1.4.0, store duckdb (ok), viewer token role viewer.');
    expect(describeHealth({ status: 'ok' })).toContain('did not accept the viewer token');
    expect(describeFailure({ status: 502, data: { message: 'Bad Gateway' } })).toBe(
      'The KPI server could not be reached at the saved URL (Bad Gateway).'
    );
    expect(describeFailure({ status: 401, data: { error: { message: 'invalid token' } } })).toBe(
      'The KPI server answered 401: invalid token'
    );
    expect(describeFailure(new Error('offline'))).toBe('Failed: offline');
  });
});
