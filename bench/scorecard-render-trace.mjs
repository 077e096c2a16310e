// Where the grid's render time goes: a Chrome trace (script vs style vs layout vs paint, self time) and a V8 CPU profile
// whose samples are mapped through the bundles' source maps to the package or project file they come from.
import { renderOnce } from './scorecard-render-page.mjs';

const TRACED_RENDERS = 5;
// source-map comes with webpack's tooling, not as a dependency of its own: without it, time is told by bundle.
const sourceMap = await import('source-map').then((m) => m.default ?? m).catch(() => null);
const say = (line) => process.stdout.write(`${line}\n`);

const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);

/** Adds the self time (ms) per trace event name on the renderer's main thread: each event minus those nested in it. */
function addTraceSelfTime(trace, self) {
  const events = trace.traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const own = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && e.pid === main?.pid && e.tid === main?.tid)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  for (const e of own) {
    while (stack.length > 0 && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) {
      stack.pop();
    }
    const parent = stack[stack.length - 1];
    if (parent) {
      add(self, parent.name, -e.dur / 1000);
    }
    add(self, e.name, e.dur / 1000);
    stack.push(e);
  }
}

/** Where a generated position came from: node_modules/<package> or the project file. */
function origin(source) {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source ?? '');
  if (modules) {
    return modules[1];
  }
  return (source ?? '(no source)').replace(/^.*?\b(panels|core|tests\/host)\//, '$1/');
}

/** The source map of a bundle the host serves (url + '.map'), fetched once; null without one. */
async function sourceMapOf(url, cache) {
  if (!cache.has(url)) {
    const res = await fetch(`${url}.map`).catch(() => undefined);
    cache.set(url, res?.ok && sourceMap ? new sourceMap.SourceMapConsumer(await res.json()) : null);
  }
  return cache.get(url);
}

/** Adds a CPU profile: self time per origin and per origin + function, inclusive time per origin (anywhere on the stack). */
async function addProfile(profile, cache, totals) {
  const interval = new Map();
  profile.samples.forEach((id, i) => add(interval, id, (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const parent = new Map();
  const where = new Map();
  for (const node of profile.nodes) {
    (node.children ?? []).forEach((child) => parent.set(child, node.id));
    const { url, lineNumber, columnNumber, functionName } = node.callFrame;
    const map = url.startsWith('http') ? await sourceMapOf(url, cache) : null;
    const pos = map?.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
    const from = url ? origin(pos?.source ?? url) : functionName || '(native)';
    where.set(node.id, from);
    add(totals.bySource, from, interval.get(node.id) ?? 0);
    add(totals.byFunction, `${from} ${pos?.name ?? functionName ?? ''}`.trim(), interval.get(node.id) ?? 0);
  }
  for (const [id, ms] of interval) {
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      seen.add(where.get(n));
    }
    seen.forEach((from) => add(totals.inclusive, from, ms));
  }
}

const print = (title, rows) => {
  say(`\n${title}`);
  for (const [name, ms] of rows) {
    say(`  ${(ms / TRACED_RENDERS).toFixed(1).padStart(7)} ms  ${name}`);
  }
};

/**
 * Traces, then profiles, TRACED_RENDERS complete renders (frames already in window.benchFrames; the previous panel
 * is unmounted before recording starts); prints averages per render.
 */
export async function traceRender(page, browser, request) {
  const clear = () => page.evaluate(() => window.host.clear());
  await renderOnce(page, request);
  const events = new Map();
  for (let i = 0; i < TRACED_RENDERS; i++) {
    await clear();
    await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'blink'] });
    await renderOnce(page, request);
    addTraceSelfTime(JSON.parse((await browser.stopTracing()).toString('utf8')), events);
  }
  print('Main thread self time per render, by trace event (Chrome trace):', top(events, 12));

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const totals = { bySource: new Map(), byFunction: new Map(), inclusive: new Map() };
  const cache = new Map();
  for (let i = 0; i < TRACED_RENDERS; i++) {
    await clear();
    await cdp.send('Profiler.start');
    await renderOnce(page, request);
    await addProfile((await cdp.send('Profiler.stop')).profile, cache, totals);
  }
  print(
    'JavaScript self time per render, by package or project file (V8 CPU profile, source maps):',
    top(totals.bySource, 15)
  );
  print('JavaScript self time per render, by function:', top(totals.byFunction, 20));
  print(
    'Time per render with the package or file anywhere on the stack (inclusive, overlapping):',
    top(totals.inclusive, 25)
  );
}
