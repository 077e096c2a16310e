// Test fixtures: every console error, page error and failed or 4xx/5xx request fails the test; every test leaves a screenshot.
import fs from 'node:fs';
import path from 'node:path';
import { test as base, type Page, type TestInfo } from '@playwright/test';
import type {} from '../../host/src/api';
import type { GrafanaHost } from '../../host/server';
import { docsScreenshot, type DocsShot } from './docsScreenshots';
import { hostEnv } from './hosts';

/** Grafana 12's artifacts where they always were; another host's in a folder of its own. */
const artifactsDir = () =>
  path.resolve(
    __dirname,
    '../artifacts',
    process.env.HOST_GRAFANA && process.env.HOST_GRAFANA !== '12' ? `grafana-${process.env.HOST_GRAFANA}` : ''
  );
const MAX_CAPTURE_HEIGHT = 8000;

interface Problem {
  kind: 'console' | 'pageerror' | 'requestfailed' | 'response';
  text: string;
}

interface Allowance {
  pattern: RegExp;
  reason: string;
}

export interface HostFixtures {
  /** Tolerate problems matching pattern in this test only; the reason documents why it is expected. */
  allowProblem: (pattern: RegExp, reason: string) => void;
  /** Saves tests/artifacts/<name>.png; with `docs` and DOCS_SCREENSHOTS=1 also docs/img/<docs.name>.png. */
  snap: (name: string, docs?: DocsShot) => Promise<void>;
  /** The host page (/test), with window.host ready. */
  hostPage: Page;
}

/** The host server's URL, started by global-setup.ts. */
export function hostUrl(): string {
  const url = process.env.HOST_URL;
  if (!url) {
    throw new Error(
      'HOST_URL is not set: run through tests/browser/playwright.config.ts (its global setup starts the host)'
    );
  }
  return url;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = path.join(artifactsDir(), `${slug(name)}.png`);
  fs.mkdirSync(artifactsDir(), { recursive: true });
  // Virtualised content (react-data-grid tables) paints only inside the viewport: grow it to the page for the capture.
  const viewport = page.viewportSize();
  const size = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  }));
  if (viewport) {
    const width = Math.max(viewport.width, size.width);
    await page.setViewportSize({ width, height: Math.min(Math.max(viewport.height, size.height), MAX_CAPTURE_HEIGHT) });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  }
  await page.screenshot({ path: file, fullPage: true });
  if (viewport) {
    await page.setViewportSize(viewport);
  }
  await testInfo.attach(slug(name), { path: file, contentType: 'image/png' });
}

function watch(page: Page, problems: Problem[]): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      problems.push({ kind: 'console', text: `${msg.text()} @ ${msg.location().url}` });
    }
  });
  page.on('pageerror', (error) => problems.push({ kind: 'pageerror', text: error.stack ?? error.message }));
  page.on('requestfailed', (req) => {
    // an Icon unmounted before its SVG arrived (react-inlinesvg aborts the fetch): nothing the user can see
    if (req.failure()?.errorText === 'net::ERR_ABORTED' && req.url().includes('/public/build/img/icons/')) {
      return;
    }
    problems.push({
      kind: 'requestfailed',
      text: `${req.method()} ${req.url()}: ${req.failure()?.errorText ?? 'failed'}`,
    });
  });
  page.on('response', (res) => {
    if (res.status() >= 400) {
      problems.push({ kind: 'response', text: `${res.status()} ${res.request().method()} ${res.url()}` });
    }
  });
}

export const test = base.extend<HostFixtures & { allowances: Allowance[] }, { grafanaHost: GrafanaHost }>({
  // The project's host and KPI server become HOST_URL, KPI_URL and KPI_TOKEN for every test of the worker.
  grafanaHost: [
    async ({}, use, workerInfo) => {
      const grafana = (workerInfo.project.metadata as { grafana?: GrafanaHost }).grafana ?? 12;
      const env = hostEnv(grafana);
      process.env.HOST_URL = process.env[env.host];
      process.env.KPI_URL = process.env[env.kpiUrl];
      process.env.KPI_TOKEN = process.env[env.kpiToken];
      process.env.HOST_GRAFANA = String(grafana);
      await use(grafana);
    },
    { scope: 'worker', auto: true },
  ],
  allowances: async ({}, use) => {
    await use([]);
  },
  allowProblem: async ({ allowances }, use) => {
    await use((pattern, reason) => allowances.push({ pattern, reason }));
  },
  page: async ({ page, allowances }, use, testInfo) => {
    const problems: Problem[] = [];
    watch(page, problems);
    await use(page);
    const file = path.basename(testInfo.file, '.spec.ts');
    await screenshot(page, testInfo, `${file}-${testInfo.title}`).catch(() => undefined);
    const unexpected = problems.filter((p) => !allowances.some((a) => a.pattern.test(p.text)));
    if (unexpected.length > 0) {
      throw new Error(`The page reported problems:\n${unexpected.map((p) => `  [${p.kind}] ${p.text}`).join('\n')}`);
    }
  },
  snap: async ({ page }, use, testInfo) => {
    await use(async (name, docs) => {
      await screenshot(page, testInfo, name);
      if (docs) {
        await docsScreenshot(page, docs);
      }
    });
  },
  hostPage: async ({ page }, use) => {
    await page.goto(`${hostUrl()}/test`);
    await page.evaluate(() => window.hostReady);
    await use(page);
  },
});

export { expect } from '@playwright/test';
