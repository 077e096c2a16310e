// Render time of the Journey Funnel panel with 30 stages by 8 segments in the browser host, against the 50 ms goal.
// Usage: npm run bench:funnel-render [-- --runs 30 --warmups 3 --width 1200 --height 760]
import { arg, machine, quantile, say, SIZE, withHostPage } from './render-host.mjs';

const RUNS = Number(arg('runs', '30'));
const WARMUPS = Number(arg('warmups', '3'));
const GOAL_MS = 50;

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

async function main() {
  await withHostPage('journey-funnel', 'host/src/funnel30.ts', async ({ page, browser, generator }) => {
    const { generateFunnel, FUNNEL_STAGE_COUNT, FUNNEL_SEGMENTS } = generator;
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
  });
}

await main();
