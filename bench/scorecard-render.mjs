// Render time of the Balanced Scorecard panel with 200 KPIs (grid, table, map) in the browser host, against the 100 ms goal.
// Usage: npm run bench:scorecard-render [-- --runs 20 --warmups 3 --width 1200 --height 760 --trace]
import { renderOnce } from './scorecard-render-page.mjs';
import { arg, machine, quantile, say, SIZE, withHostPage } from './render-host.mjs';

const RUNS = Number(arg('runs', '20'));
const WARMUPS = Number(arg('warmups', '3'));
const GOAL_MS = 100;

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

async function main() {
  await withHostPage('balanced-scorecard', 'host/src/scorecard200.ts', async ({ page, browser, generator }) => {
    const { generateScorecard } = generator;
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
  });
}

await main();
