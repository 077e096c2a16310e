// Checks the prerequisites, builds the host bundle, starts the KPI server and the host server; returns the teardown.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startHost } from '../../host/server';
import { assertChromium } from './chromium';
import { startKpiServer } from './kpi-server';
import { startDemoReceiver } from './demo-receiver';

const root = path.resolve(__dirname, '../..');

function assertBuilt(): void {
  const needed = ['dist/plugin.json', 'dist/module.js', 'build/server/cli.js'];
  const missing = needed.filter((file) => !fs.existsSync(path.join(root, file)));
  if (missing.length > 0) {
    throw new Error(`Not built: ${missing.join(', ')}. Run \`npm run build\` first (plugins and KPI server).`);
  }
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  assertChromium();
  assertBuilt();
  execFileSync(process.execPath, [path.join(root, 'host/build-host.mjs')], { cwd: root, stdio: 'inherit' });
  const receiver = await startDemoReceiver();
  const kpi = await startKpiServer(root);
  const host = await startHost({
    root,
    provisioningDir: path.join(root, 'tests/host-fixtures/provisioning'),
    // The product's dashboards and the fixture ones side by side (uids must differ).
    dashboardDirs: [
      path.join(root, 'provisioning/dashboards/json'),
      path.join(root, 'tests/host-fixtures/provisioning/dashboards/json'),
    ],
    kpiServerUrl: kpi.url,
    token: kpi.token,
    appSettings: { jsonData: { serverUrl: kpi.url }, secureJsonData: kpi.appTokens },
  }).catch(async (error: unknown) => {
    await kpi.stop();
    throw error;
  });
  process.env.HOST_URL = host.url;
  process.env.KPI_URL = kpi.url;
  process.env.KPI_TOKEN = kpi.token;
  return async () => {
    await host.close();
    await kpi.stop();
    await receiver?.close();
  };
}
