// Browser tests: built plugins in the host page, headless Debian Chromium, a real KPI server behind the proxy.
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumPath } from './chromium';
import { projectHosts, projectName } from './hosts';

const root = path.resolve(__dirname, '../..');

export default defineConfig({
  testDir: __dirname,
  testMatch: '*.spec.ts',
  outputDir: path.join(root, 'tests/artifacts/test-results'),
  globalSetup: path.join(__dirname, 'global-setup.ts'),
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // generous: the suite must pass while another CPU-heavy process shares the two cores
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
  // the whole suite once per host, each with its own KPI server; BROWSER_HOSTS=12 or 13 picks one
  projects: projectHosts().map((grafana) => ({ name: projectName(grafana), metadata: { grafana } })),
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
