// /api/health while the server is busiest: a 3,000-KPI apply and 16 slow queries at once, health probed every 20 ms.
// Usage: npm run build:server && node bench/health-under-load.mjs [--events N] [--kpis N] [--queries N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg, seedDemo, serve, TOKEN } from './demo-server.mjs';

const events = arg('events', '1000000');
const kpis = Number(arg('kpis', '3000'));
const queries = Number(arg('queries', '16'));
const dir = mkdtempSync(join(tmpdir(), 'scorecard-health-'));
const store = join(dir, 'bench.duckdb');
const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

seedDemo(store, events, 'ignore');
const { server, url } = await serve(store);

const kpi = (id) => ({
  apiVersion: 'scorecard/v1',
  kind: 'KPI',
  metadata: { id },
  spec: {
    name: id,
    perspective: 'customer',
    indicator: 'lagging',
    unit: 'none',
    direction: 'higher-is-better',
    target: 1,
    thresholds: { redFlag: 0, goal: 1 },
    owner: 'bench',
    calculation: { manual: {} },
  },
});
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function probe(stop, withToken) {
  const times = [];
  while (!stop.done) {
    const t = performance.now();
    await fetch(`${url}/api/health`, withToken ? { headers: auth } : {}).then((r) => r.arrayBuffer());
    times.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  return times;
}

const stop = { done: false };
const probes = [probe(stop, false), probe(stop, true)];
const t0 = performance.now();
const apply = fetch(`${url}/api/v1/apply`, {
  method: 'POST',
  headers: auth,
  body: JSON.stringify({ documents: Array.from({ length: kpis }, (_, i) => kpi(`bench.k${i}`)), approve: true }),
}).then((r) => [r.status, performance.now() - t0]);
// every query a new 5-year range: neither cache can answer it
const slow = Array.from({ length: queries }, (_, i) => {
  const to = Date.now() - i * 3_600_000;
  const body = {
    from: to - 5 * 365 * 86_400_000,
    to,
    queries: [{ refId: 'A', queryType: 'scorecard', scorecard: 'northwind-corporate' }],
  };
  return fetch(`${url}/api/v1/query`, { method: 'POST', headers: auth, body: JSON.stringify(body) }).then(
    (r) => r.status
  );
});
const [applied, statuses] = await Promise.all([apply, Promise.all(slow)]);
stop.done = true;
const [open, tokened] = await Promise.all(probes);
const line = (name, xs) =>
  `${name}: n=${xs.length} p50=${percentile(xs, 50).toFixed(1)} ms p95=${percentile(xs, 95).toFixed(1)} ms max=${Math.max(...xs).toFixed(1)} ms`;
process.stdout.write(
  `apply of ${kpis} KPIs: ${applied[0]} in ${(applied[1] / 1000).toFixed(1)} s; ${queries} queries: ${JSON.stringify(statuses.reduce((m, s) => ({ ...m, [s]: (m[s] ?? 0) + 1 }), {}))}\n`
);
process.stdout.write(`${line('health without token', open)}\n${line('health with token', tokened)}\n`);
server.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });
