// What the panel render benchmarks share: flags, the plugins built, a generator from host/, and a page of
// the browser host in Chromium.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from '@playwright/test';
import { newestMtime } from '../scripts/start-support.mjs';
import { arg } from './demo-server.mjs';

export { arg };
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const say = (line) => process.stdout.write(`${line}\n`);
export const SIZE = { width: Number(arg('width', '1200')), height: Number(arg('height', '760')) };

export const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};

export const machine = () => {
  const load = os.loadavg().map((l) => l.toFixed(2));
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, load average ${load.join(' ')}`;
};

/** `npm run build:plugins` when dist/ is older than the panels' sources. */
function buildPluginsIfStale(panel) {
  const dist = path.join(root, `dist/panels/${panel}/module.js`);
  const sources = ['panels', 'core', 'app'].map((d) => path.join(root, d));
  if (!fs.existsSync(dist) || newestMtime(sources) > fs.statSync(dist).mtimeMs) {
    say('building the plugins into dist/ …');
    execFileSync('npm', ['run', 'build:plugins'], { cwd: root, stdio: 'inherit' });
  }
}

/** A generator the browser specs use (TypeScript under host/src), bundled for Node. */
async function loadGenerator(dir, source) {
  const outfile = path.join(dir, `${path.basename(source, '.ts')}.mjs`);
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [source],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

/**
 * Builds what is stale, starts the host and Chromium, and runs `use({ page, browser, generator })` on a host page
 * ready to render `panel` (a folder of panels/) with the module `generator` (a path under host/src).
 */
export async function withHostPage(panel, generator, use) {
  buildPluginsIfStale(panel);
  const { buildHost } = await import(pathToFileURL(path.join(root, 'host/build-host.mjs')).href);
  await buildHost();
  const { startHost } = await import(pathToFileURL(path.join(root, 'host/build/server.mjs')).href);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `${panel}-render-bench-`));
  const generated = await loadGenerator(tmp, generator);
  const host = await startHost({
    root,
    provisioningDir: path.join(root, 'tests/host-fixtures/provisioning'),
    dashboardDirs: [],
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => say(`page error: ${error.message}`));
    await page.goto(`${host.url}/test`);
    await page.evaluate(() => window.hostReady);
    await use({ page, browser, generator: generated });
  } finally {
    await browser.close();
    await host.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
