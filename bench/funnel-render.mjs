// Render time of the Journey Funnel panel with 30 stages by 8 segments in the browser host, against the 50 ms goal.
// Usage: npm run bench:funnel-render [-- --runs 30 --warmups 3 --width 1200 --height 760]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from '@playwright/test';
import { newestMtime } from '../scripts/start-support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', '30'));
const WARMUPS = Number(arg('warmups', '3'));
const SIZE = { width: Number(arg('width', '1200')), height: Number(arg('height', '760')) };
const GOAL_MS = 50;
const say = (line) => process.stdout.write(`${line}\n`);

function buildPluginsIfStale() {
  const dist = path.join(root, 'dist/panels/journey-funnel/module.js');
  const sources = ['panels', 'core', 'app'].map((d) => path.join(root, d));
  if (!fs.existsSync(dist) || newestMtime(sources) > fs.statSync(dist).mtimeMs) {
    say('building the plugins into dist/ …');
    execFileSync('npm', ['run', 'build:plugins'], { cwd: root, stdio: 'inherit' });
  }
}

/** The generator the browser spec uses (TypeScript), bundled for Node. */
async function loadGenerator(dir) {
  const outfile = path.join(dir, 'funnel30.mjs');
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['tests/host/src/funnel30.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

/** One render timed in the page: from the call to window.host.renderPanel until it resolved after the first paint. */
function renderOnce(page, request) {
  return page.evaluate(async (req) => {
    window.host.clear();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const t0 = performance.now();
    await window.host.renderPanel({ ...req, frames: window.benchFrames });
    const firstPaint = performance.now() - t0;
    const stages = document.querySelectorAll('[data-testid^="data-testid journey-funnel-stage-"]').length;
    return { firstPaint, stages };
  }, request);
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};

async function measure(page, label, frames, request, expectedStages) {
  await page.evaluate((f) => (window.benchFrames = f), frames);
  const samples = [];
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    const { firstPaint, stages } = await renderOnce(page, request);
    if (stages < expectedStages) {
      throw new Error(`${label}: ${stages} stages drawn, ${expectedStages} expected`);
    }
    if (i >= WARMUPS) {
      samples.push(firstPaint);
    }
  }
  return { label, median: quantile(samples, 0.5), p95: quantile(samples, 0.95), max: Math.max(...samples) };
}

function printTable(results) {
  const ms = (v) => v.toFixed(1).padStart(7);
  say('');
  say(`${'case'.padEnd(32)} | median     p95     max | median / ${GOAL_MS} ms goal`);
  say(`${'-'.repeat(32)}-+------------------------+--------------------`);
  for (const r of results) {
    const within = (v) => (v <= GOAL_MS ? 'within' : 'over');
    say(
      `${r.label.padEnd(32)} | ${ms(r.median)} ${ms(r.p95)} ${ms(r.max)} | ${(r.median / GOAL_MS).toFixed(2)}× (median ${within(r.median)}, p95 ${within(r.p95)})`
    );
  }
  say('');
  say('ms from window.host.renderPanel called to resolved: React mount, layout and the first paint after it.');
}

const machine = () => {
  const load = os.loadavg().map((l) => l.toFixed(2));
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, load average ${load.join(' ')}`;
};

async function main() {
  buildPluginsIfStale();
  const { buildHost } = await import(pathToFileURL(path.join(root, 'tests/host/build-host.mjs')).href);
  await buildHost();
  const { startHost } = await import(pathToFileURL(path.join(root, 'tests/host/build/server.mjs')).href);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'funnel-render-bench-'));
  const { generateFunnel, FUNNEL_STAGE_COUNT, FUNNEL_SEGMENTS } = await loadGenerator(tmp);
  const host = await startHost({
    root,
    provisioningDir: path.join(root, 'tests/host/fixtures/provisioning'),
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
    const frames = [generateFunnel()];
    const stages = FUNNEL_STAGE_COUNT;
    const segments = FUNNEL_SEGMENTS.length;
    say(`machine: ${machine()}, Chromium ${browser.version()}`);
    say(
      `${stages} stages × ${segments} segments (${stages * segments} long rows), panel ${SIZE.width} × ${SIZE.height}, dark theme, ${WARMUPS} warm-ups then ${RUNS} runs per case`
    );
    const base = { plugin: 'panels/journey-funnel', theme: 'dark', ...SIZE };
    const results = [
      await measure(page, `${stages}×${segments} grouped bars`, frames, { ...base, options: {} }, stages),
      await measure(
        page,
        `${stages}×${segments} small multiples`,
        frames,
        { ...base, options: { breakdownMode: 'multiples' } },
        // the first 4 funnels draw at once, the others as they scroll near
        stages * Math.min(4, segments + 1)
      ),
      await measure(
        page,
        `${stages} stages, bars (no breakdown)`,
        frames,
        { ...base, options: { segmentField: '' } },
        stages
      ),
      await measure(
        page,
        `${stages} stages, flow (no breakdown)`,
        frames,
        { ...base, options: { segmentField: '', view: 'flow' } },
        stages
      ),
    ];
    printTable(results);
  } finally {
    await browser.close();
    await host.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
