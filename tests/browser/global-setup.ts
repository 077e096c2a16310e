// Checks the prerequisites, builds both host bundles, starts a KPI server and a host per Grafana version; returns the teardown.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type GrafanaHost, startHost } from '../../host/server';
import { assertChromium } from './chromium';
import { startDemoReceiver } from './demo-receiver';
import { hostEnv, projectHosts } from './hosts';
import { startKpiServer } from './kpi-server';

const root = path.resolve(__dirname, '../..');

function assertBuilt(): void {
  const needed = ['dist/plugin.json', 'dist/module.js', 'build/server/cli.js'];
  const missing = needed.filter((file) => !fs.existsSync(path.join(root, file)));
  if (missing.length > 0) {
    throw new Error(`Not built: ${missing.join(', ')}. Run \`npm run build\` first (plugins and KPI server).`);
  }
}

/** One KPI server and one host loading the same dist/: each project's tests change only their own server's data. */
async function startPair(grafana: GrafanaHost): Promise<() => Promise<void>> {
  const kpi = await startKpiServer(root);
  const host = await startHost({
    root,
    grafana,
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
  const env = hostEnv(grafana);
  process.env[env.host] = host.url;
  process.env[env.kpiUrl] = kpi.url;
  process.env[env.kpiToken] = kpi.token;
  return async () => {
    await host.close();
    await kpi.stop();
  };
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  assertChromium();
  assertBuilt();
  const hosts = projectHosts();
  for (const grafana of hosts) {
    execFileSync(process.execPath, [path.join(root, 'host/build-host.mjs'), `--grafana=${grafana}`], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const receiver = await startDemoReceiver();
  const stops: Array<() => Promise<void>> = [];
  try {
    for (const grafana of hosts) {
      stops.push(await startPair(grafana));
    }
  } catch (error) {
    await Promise.all(stops.map((stop) => stop()));
    await receiver?.close();
    throw error;
  }
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
    await receiver?.close();
  };
}
