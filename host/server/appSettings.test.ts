import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EMPTY_SETTINGS, loadAppSettings, updatedSettings } from './appSettings';

describe('app settings', () => {
  it('reads apps entries of plugins/*.yaml with ${ENV} expanded', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'host-apps-'));
    fs.mkdirSync(path.join(dir, 'plugins'));
    fs.writeFileSync(
      path.join(dir, 'plugins/apps.yaml'),
      'apiVersion: 1\napps:\n  - type: my-app\n    jsonData: {serverUrl: "${URL}"}\n    secureJsonData: {viewerToken: "${T}"}\n'
    );
    expect(loadAppSettings(dir, { URL: 'http://kpi:3100', T: 'tok' }).get('my-app')).toEqual({
      enabled: true,
      pinned: true,
      jsonData: { serverUrl: 'http://kpi:3100' },
      secureJsonData: { viewerToken: 'tok' },
    });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('merges secrets on POST: empty keeps, a reset removes, a value replaces', () => {
    const current = { ...EMPTY_SETTINGS, secureJsonData: { a: '1', b: '2', c: '3' } };
    const next = updatedSettings(current, {
      jsonData: { serverUrl: 'http://x' },
      secureJsonData: { a: '', b: '', c: '33' },
      secureJsonFields: { b: false },
    });
    expect(next).toEqual({
      enabled: true,
      pinned: true,
      jsonData: { serverUrl: 'http://x' },
      secureJsonData: { a: '1', c: '33' },
    });
  });
});
