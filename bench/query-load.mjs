// Load benchmark of POST /api/v1/query: the demo scorecard over 90 days, daily, under 20 concurrent clients.
// Usage: npm run build:server && node bench/query-load.mjs [--events N] [--duration S] [--connections C] [--store FILE]
//   [--vary | --random] [--kpis N: apply N generated measure KPIs and their scorecard first, and load that one]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { arg, peakMemory, seedDemo, serve, TOKEN as token } from './demo-server.mjs';
import { bigScorecard } from './kpi-scorecard.mjs';

const events = arg('events', '1000000');
const duration = Number(arg('duration', '20'));
const connections = Number(arg('connections', '20'));
// --vary shifts every request's range by another minute, as refreshes send; --random ends each 90-day range at a
// random instant of the last year, as many dashboards on their own ranges do.
const random = process.argv.includes('--random');
const vary = random || process.argv.includes('--vary');
const kpis = Number(arg('kpis', '0'));
const big = kpis > 0 ? bigScorecard(kpis) : undefined;
const scorecard = big?.id ?? arg('scorecard', 'northwind-corporate');
const dir = mkdtempSync(join(tmpdir(), 'scorecard-bench-'));
const store = arg('store', join(dir, 'bench.duckdb'));

const seconds = seedDemo(store, events);
process.stdout.write(`seeded ${events} events in ${seconds.toFixed(1)} s\n`);
const { server, url } = await serve(store);
const fail = (message) => {
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
  throw new Error(message);
};

if (big !== undefined) {
  const t0 = Date.now();
  const applied = await fetch(`${url}/api/v1/apply`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ documents: big.documents, approve: true }),
  });
  const text = await applied.text();
  if (!applied.ok) {
    fail(`apply failed: ${applied.status} ${text.slice(0, 500)}`);
  }
  process.stdout.write(
    `applied ${kpis} KPIs and scorecard ${scorecard} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`
  );
}

const to = Date.now();
const from = to - 90 * 86_400_000;
const body = JSON.stringify({
  from,
  to,
  queries: [{ refId: 'A', queryType: 'scorecard', scorecard, interval: '1d' }],
});
const request = {
  method: 'POST',
  path: '/api/v1/query',
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  body,
};

// a query error (e.g. a statement timeout while the server builds pre-aggregates) is reported, then retried twice
const attempts = [];
for (let attempt = 1; attempt <= 3; attempt += 1) {
  const t0 = Date.now();
  const res = await fetch(`${url}/api/v1/query`, { method: 'POST', headers: request.headers, body });
  const json = await res.json();
  const error = res.ok ? json.results?.A?.error : `HTTP ${res.status} ${JSON.stringify(json).slice(0, 300)}`;
  attempts.push({ ms: Date.now() - t0, error });
  if (error === undefined) {
    break;
  }
}
const last = attempts[attempts.length - 1];
if (last.error !== undefined) {
  fail(`query failed ${attempts.length} times: ${last.error}`);
}
const coldMs = attempts[0].ms;
const coldNote =
  attempts.length === 1
    ? ''
    : ` (query error: ${attempts[0].error}; ok on attempt ${attempts.length} in ${last.ms} ms)`;

// autocannon's histogram has no p95, so keep every response time.
const times = [];
let queryErrors = 0;
let n = 0;
// shift the whole range by a minute per request, as dashboard refreshes do
const shifted = () => {
  const shift = random ? Math.floor(Math.random() * 365 * 86_400_000) : ++n * 60_000;
  return body.replace(`"from":${from}`, `"from":${from - shift}`).replace(`"to":${to}`, `"to":${to - shift}`);
};
// a query error comes back as 200 with results.A.error, so look into every body
const onResponse = (_status, resBody) => {
  if (resBody.includes('"error"')) {
    queryErrors += 1;
  }
};
const requests = [
  { ...request, onResponse, ...(vary ? { setupRequest: (req) => ({ ...req, body: shifted() }) } : {}) },
];
const result = await new Promise((resolve, reject) => {
  const instance = autocannon({ url, connections, duration, requests }, (err, res) =>
    err ? reject(err) : resolve(res)
  );
  instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
});
times.sort((a, b) => a - b);
const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? NaN;
const memory = peakMemory(server.pid);
server.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });

const rows = [
  ['first (cold) query', `${coldMs} ms${coldNote}`],
  ['requests', String(result.requests.total)],
  ['throughput', `${result.requests.average.toFixed(1)} req/s`],
  ['p50', `${pct(50).toFixed(1)} ms`],
  ['p95', `${pct(95).toFixed(1)} ms`],
  ['p99', `${pct(99).toFixed(1)} ms`],
  ['max', `${(times[times.length - 1] ?? NaN).toFixed(1)} ms`],
  ['errors', `${result.errors + result.non2xx} HTTP, ${queryErrors} query errors`],
  ['server peak RSS', memory ? `${memory.peakMb.toFixed(0)} MB` : 'n/a'],
  ['server RSS after', memory ? `${memory.rssMb.toFixed(0)} MB` : 'n/a'],
];
const mode = random
  ? 'each request a 90-day range ending at a random instant of the last year'
  : vary
    ? 'each request a new range, as refreshes send'
    : 'one range (cached after the first)';
process.stdout.write(
  `\nPOST /api/v1/query scorecard ${scorecard}${big ? ` (${kpis} measure KPIs)` : ''}, 90 days daily, ${connections} clients, ${duration} s, ${events} events\n${mode}\n`
);
for (const [k, v] of rows) {
  process.stdout.write(`${k.padEnd(20)} ${v}\n`);
}
process.stdout.write(`goal p95 <= 150 ms: ${pct(95) <= 150 ? 'met' : 'NOT met'}\n`);
