// Render time of the Balanced Scorecard panel with 200 KPIs (grid, table, map) in the browser host, against the 100 ms goal.
// Usage: npm run bench:scorecard-render [-- --runs 20 --warmups 3 --width 1200 --height 760 --trace]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from '@playwright/test';
import { newestMtime } from '../scripts/start-support.mjs';
import { renderOnce } from './scorecard-render-page.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', '20'));
const WARMUPS = Number(arg('warmups', '3'));
const SIZE = { width: Number(arg('width', '1200')), height: Number(arg('height', '760')) };
const GOAL_MS = 100;
const say = (line) => process.stdout.write(`${line}\n`);

function buildPluginsIfStale() {
  const dist = path.join(root, 'dist/panels/balanced-scorecard/module.js');
  const sources = ['panels', 'core', 'app'].map((d) => path.join(root, d));
  if (!fs.existsSync(dist) || newestMtime(sources) > fs.statSync(dist).mtimeMs) {
    say('building the plugins into dist/ …');
    execFileSync('npm', ['run', 'build:plugins'], { cwd: root, stdio: 'inherit' });
  }
}

/** The shared generator (TypeScript) bundled for Node, so spec and bench use the same 200 KPIs. */
async function loadGenerator(dir) {
  const outfile = path.join(dir, 'scorecard200.mjs');
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['tests/host/src/scorecard200.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};

async function measure(page, label, frames, request) {
  await page.evaluate((f) => (window.benchFrames = f), frames);
  const samples = [];
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    const started = process.hrtime.bigint();
    const result = await renderOnce(page, request);
    const wall = Number(process.hrtime.bigint() - started) / 1e6;
    if (Number.isNaN(result.complete)) {
      throw new Error(`${label}: icons still loading 5 s after renderPanel resolved (${result.resolved} ms)`);
    }
    if (i >= WARMUPS) {
      samples.push({ ...result, wall });
    }
  }
  const stat = (key) => ({
    median: quantile(
      samples.map((s) => s[key]),
      0.5
    ),
    p95: quantile(
      samples.map((s) => s[key]),
      0.95
    ),
  });
  return { label, resolved: stat('resolved'), complete: stat('complete'), wall: stat('wall') };
}

function printTable(results) {
  const ms = (v) => v.toFixed(1).padStart(6);
  const ratio = (v) => `${(v / GOAL_MS).toFixed(2)}×`.padStart(6);
  say('');
  say(
    `${'case'.padEnd(15)} | renderPanel median    p95 | complete median    p95 | node wall median    p95 | median / 100 ms goal`
  );
  say(
    `${'-'.repeat(15)}-+---------------------------+------------------------+-------------------------+---------------------`
  );
  for (const r of results) {
    say(
      `${r.label.padEnd(15)} |             ${ms(r.resolved.median)} ${ms(r.resolved.p95)} |          ${ms(r.complete.median)} ${ms(r.complete.p95)} |           ${ms(r.wall.median)} ${ms(r.wall.p95)} | ${ratio(r.resolved.median)} first paint, ${ratio(r.complete.median)} complete`
    );
  }
  say('');
  say(
    'renderPanel: performance.now() in the page around window.host.renderPanel, which resolves after the first paint.'
  );
  say(
    'complete: until every Grafana Icon has replaced its placeholder (react-inlinesvg, after mount) and that is painted.'
  );
  say('node wall: around page.evaluate from Node (adds the DevTools round trip; the frames are already in the page).');
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
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-render-bench-'));
  const { generateScorecard } = await loadGenerator(tmp);
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
    const card = generateScorecard(Date.now());
    const small = generateScorecard(Date.now(), 1);
    say(`machine: ${machine()}, Chromium ${browser.version()}`);
    say(
      `${card.kpiCount} KPIs + ${card.frames.length - 1} trend frames, panel ${SIZE.width} × ${SIZE.height}, ${WARMUPS} warm-ups then ${RUNS} runs per case`
    );
    const base = { plugin: 'panels/balanced-scorecard', theme: 'dark', ...SIZE };
    const results = [];
    for (const view of ['grid', 'table', 'map']) {
      results.push(await measure(page, `200 KPIs ${view}`, card.frames, { ...base, options: { view } }));
    }
    results.push(await measure(page, `20 KPIs grid`, small.frames, { ...base, options: { view: 'grid' } }));
    printTable(results);
    if (process.argv.includes('--trace')) {
      const { traceRender } = await import('./scorecard-render-trace.mjs');
      await page.evaluate((f) => (window.benchFrames = f), card.frames);
      say('\nProfile of the 200-KPI grid:');
      await traceRender(page, browser, { ...base, options: { view: 'grid' } });
    }
  } finally {
    await browser.close();
    await host.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
