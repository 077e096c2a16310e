// Funnel benchmark: POST /api/v1/query of the demo journey (cold, then warm with a new 90-day range each
// time) against a hand-written single pass over typed arrays in this process, on the same ranges; plus a
// 30-stage journey and an 8-way breakdown. Flags: --events N (default 1000000), --duration S (default 30),
// --store FILE (an already seeded demo store: no seeding).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { arg, peakMemory, seedDemo, serve, TOKEN } from './demo-server.mjs';

const DAY = 86_400_000;
const MIN = 60_000;
const events = Number(arg('events', '1000000'));
const duration = Number(arg('duration', '30'));
const given = arg('store', undefined);
const dir = given === undefined ? mkdtempSync(join(tmpdir(), 'scorecard-bench-funnel-')) : null;
const store = given ?? join(dir, 'bench.duckdb');
const out = (line) => process.stdout.write(`${line}\n`);
const ms = (x) => `${x.toFixed(1)} ms`;
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
const sortNum = (a) => [...a].sort((x, y) => x - y);

if (dir !== null) {
  out(`seeded ${events} events in ${seedDemo(store, String(events), 'ignore').toFixed(1)} s`);
}

/** The demo store's events as typed arrays sorted by customer, time, rowid (read before the server locks it). */
async function loadTyped(file) {
  const t0 = performance.now();
  const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
  const con = await instance.connect();
  const [{ n }] = (await con.runAndReadAll('SELECT count(*)::INTEGER AS n FROM events')).getRowObjectsJson();
  const time = new Float64Array(n);
  const event = new Int32Array(n);
  const stage = new Int32Array(n);
  const starts = [0];
  const dicts = { event: new Map(), stage: new Map() };
  const code = (dict, v) => (v === null ? -1 : (dict.get(v) ?? dict.set(v, dict.size).get(v)));
  const result = await con.run(
    'SELECT customer, epoch_ms(time)::DOUBLE AS t, event, stage FROM events WHERE customer IS NOT NULL ORDER BY customer, time, rowid'
  );
  let i = 0;
  let last = null;
  for (let chunk = await result.fetchChunk(); chunk !== null && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    const [cs, ts, es, ss] = [0, 1, 2, 3].map((c) => chunk.getColumnValues(c));
    for (let r = 0; r < chunk.rowCount; r++, i++) {
      if (cs[r] !== last && i > 0) {
        starts.push(i);
      }
      last = cs[r];
      time[i] = ts[r];
      event[i] = code(dicts.event, es[r]);
      stage[i] = code(dicts.stage, ss[r]);
    }
  }
  starts.push(i);
  con.closeSync?.();
  instance.closeSync?.();
  const bytes = time.byteLength + event.byteLength + stage.byteLength + starts.length * 4;
  return { n: i, time, event, stage, starts: Int32Array.from(starts), dicts, ms: performance.now() - t0, bytes };
}

/** The demo journey (provisioning/scorecards/journey.yaml: ordered, 150 days, each step within 30 days) hard-coded. */
function singlePass(d, from, to, now) {
  const e = (name) => d.dicts.event.get(name) ?? -2;
  const [PV, SIGNUP, DEMO, TRIAL, BUY, ONB, LOGIN, FEAT, REF] = [
    'page_view',
    'signup',
    'demo_request',
    'trial_start',
    'purchase',
    'onboarding_complete',
    'login',
    'feature_used',
    'referral_sent',
  ].map(e);
  const RET = d.dicts.stage.get('retention') ?? -2;
  const W = 150 * DAY;
  const WITHIN = 30 * DAY;
  const { time, event, stage, starts } = d;
  const reached = new Float64Array(6);
  const last = new Float64Array(6);
  const matchStage = (k, j) => {
    const v = event[j];
    switch (k) {
      case 1:
        return v === SIGNUP || v === DEMO || v === TRIAL;
      case 2:
        return v === BUY;
      case 3:
        return v === ONB;
      case 4:
        return (v === LOGIN || v === FEAT) && stage[j] === RET;
      default:
        return v === REF;
    }
  };
  for (let c = 0; c + 1 < starts.length; c++) {
    const end = starts[c + 1];
    let lo = starts[c];
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (time[mid] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    let best = 0;
    for (let i = lo; i < end && time[i] < to && time[i] <= now && best < 6; i++) {
      if (event[i] !== PV) {
        continue;
      }
      const limit = Math.min(time[i] + W, now);
      last.fill(NaN);
      last[0] = time[i];
      // latest time a chain reaches each stage (every step within 30 days of the previous one)
      for (let j = i + 1; j < end && time[j] <= limit && last[5] !== last[5]; j++) {
        const t = time[j];
        for (let k = 5; k >= 1; k--) {
          if (t - last[k - 1] <= WITHIN && matchStage(k, j)) {
            last[k] = t;
          }
        }
      }
      let k = 1;
      while (k < 6 && last[k] === last[k]) {
        k++;
      }
      if (k > best) {
        best = k;
      }
    }
    for (let k = 0; k < best; k++) {
      reached[k]++;
    }
  }
  return Array.from(reached);
}

const typed = await loadTyped(store);
out(
  `single pass: loaded ${typed.n} events, ${typed.starts.length - 1} customers into typed arrays in ${(typed.ms / 1000).toFixed(1)} s (${(typed.bytes / 2 ** 20).toFixed(0)} MB)`
);

const { server, url } = await serve(store);
const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
const stop = () => {
  server.kill('SIGTERM');
  if (dir !== null) {
    rmSync(dir, { recursive: true, force: true });
  }
};
const post = async (path, body) => {
  const res = await fetch(`${url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) {
    stop();
    throw new Error(`${path}: ${res.status} ${text.slice(0, 500)}`);
  }
  return JSON.parse(text);
};

/** One funnel query; its time and the funnel frame's per-stage counts (first group). */
async function funnel(journey, from, to, breakdown) {
  const t0 = performance.now();
  const body = await post('/api/v1/query', {
    from,
    to,
    queries: [{ refId: 'A', queryType: 'funnel', journey, ...(breakdown ? { breakdown } : {}) }],
  });
  const elapsed = performance.now() - t0;
  const result = body.results.A;
  if (result.error) {
    stop();
    throw new Error(`funnel ${journey}: ${JSON.stringify(result.error)}`);
  }
  const frame = result.frames[0];
  const names = frame.schema.fields.map((f) => f.name);
  const column = (name) => frame.data.values[names.indexOf(name)];
  return { ms: elapsed, values: column('value'), groups: breakdown ? new Set(column(breakdown)).size : 1 };
}

// Ranges end at most 180 days back from the demo's last day, shifted by whole minutes.
const end = Math.floor(Date.now() / DAY) * DAY;
const randomRange = () => {
  const to = end - Math.floor(Math.random() * 180 * 24 * 60) * MIN;
  return { from: to - 90 * DAY, to };
};
const JOURNEY = 'northwind-customer-journey';

const before = peakMemory(server.pid);
const first = randomRange();
const cold = await funnel(JOURNEY, first.from, first.to);
const afterCold = peakMemory(server.pid);
const firstPass = singlePass(typed, first.from, first.to, Date.now());
out(
  `cold query (builds the columnar copy): ${ms(cold.ms)}; server RSS ${before?.rssMb.toFixed(0)} MB before, ${afterCold?.rssMb.toFixed(0)} MB after`
);
out(`  server stages:      ${JSON.stringify(cold.values)}`);
out(`  single-pass stages: ${JSON.stringify(firstPass)}`);

const warm = [];
const pass = [];
let mismatches = 0;
let runs = 0;
const until = Date.now() + duration * 1000;
while (Date.now() < until) {
  const r = randomRange();
  const q = await funnel(JOURNEY, r.from, r.to);
  const now = Date.now();
  const t0 = performance.now();
  const counts = singlePass(typed, r.from, r.to, now);
  pass.push(performance.now() - t0);
  warm.push(q.ms);
  runs++;
  if (JSON.stringify(counts) !== JSON.stringify(q.values)) {
    mismatches++;
    if (mismatches === 1) {
      out(
        `  MISMATCH on [${new Date(r.from).toISOString()}, ${new Date(r.to).toISOString()}): server ${JSON.stringify(q.values)} single pass ${JSON.stringify(counts)}`
      );
    }
  }
}
const [w, p] = [sortNum(warm), sortNum(pass)];
out(`warm queries (new 90-day range each, sequential, ${duration} s): ${runs} runs, ${mismatches} count mismatches`);
out(`  server POST /api/v1/query: p50 ${ms(pct(w, 0.5))}, p95 ${ms(pct(w, 0.95))}`);
out(`  single pass in-process:    p50 ${ms(pct(p, 0.5))}, p95 ${ms(pct(p, 0.95))}`);
out(`  ratio server p50 / single pass p50: ${(pct(w, 0.5) / pct(p, 0.5)).toFixed(2)}`);

// 30 stages: repeating events, ordered within 30 days; and an 8-way breakdown by the entry event.
const cycle = ['page_view', 'login', 'feature_used', 'ticket_opened', 'ticket_resolved', 'login'];
const journeyDoc = (id, name, stages) => ({
  apiVersion: 'scorecard/v1',
  kind: 'Journey',
  metadata: { id },
  spec: { name, source: 'demo-events', conversionWindow: '30d', order: 'ordered', stages },
});
const long = journeyDoc(
  'bench-30-stages',
  'Bench: 30 stages',
  Array.from({ length: 30 }, (_, i) => ({
    id: `s${i + 1}`,
    name: `Step ${i + 1}`,
    match: { event: cycle[i % cycle.length] },
  }))
);
const entries = [
  'page_view',
  'login',
  'feature_used',
  'signup',
  'ticket_opened',
  'ticket_resolved',
  'nps_response',
  'demo_request',
];
const wide = journeyDoc('bench-8-way', 'Bench: 8 entry events', [
  { id: 'entry', name: 'Entry', match: { event: entries } },
  { id: 'purchase', name: 'Purchase', match: { event: 'purchase' } },
  { id: 'onboarded', name: 'Onboarded', match: { event: 'onboarding_complete' } },
  { id: 'referral', name: 'Referral', match: { event: 'referral_sent' } },
]);
await post('/api/v1/apply', { documents: [long, wide], approve: true });

async function timed(label, journey, breakdown) {
  const times = [];
  let last = null;
  for (let i = 0; i < 10; i++) {
    const r = randomRange();
    last = await funnel(journey, r.from, r.to, breakdown);
    times.push(last.ms);
  }
  const s = sortNum(times);
  out(
    `${label}: 10 warm queries p50 ${ms(pct(s, 0.5))}, p95 ${ms(pct(s, 0.95))}${breakdown ? `, ${last.groups} groups` : ''}`
  );
  out(`  last stages: ${JSON.stringify(last.values)}`);
}
await timed('30-stage journey', 'bench-30-stages');
await timed('8-way breakdown (by entry event)', 'bench-8-way', 'event');
await timed('demo journey by channel', JOURNEY, 'channel');

const mem = peakMemory(server.pid);
out(`server memory: peak RSS ${mem?.peakMb.toFixed(0)} MB, RSS now ${mem?.rssMb.toFixed(0)} MB`);
stop();
