// Throughput of `scorecard import events` with and without pre-aggregate maintenance: the same CSV of new events into
// copies of one demo store, A with its pre-aggregates deleted (ingest maintains nothing), B with those the demo built.
// Usage: npm run build:server && node bench/ingest-load.mjs [--events N] [--demo-events N] [--runs R]
//   [--kpis N: B also pre-aggregates N generated measure KPIs, applied and queried once through a server]
import { spawnSync } from 'node:child_process';
import { copyFileSync, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { DuckDBInstance } from '@duckdb/node-api';
import { arg, bin, ENV, seedDemo, serve, TOKEN } from './demo-server.mjs';
import { bigScorecard } from './kpi-scorecard.mjs';

const events = Number(arg('events', '1000000'));
const demoEvents = arg('demo-events', '1000000');
const runs = Number(arg('runs', '2'));
const kpis = Number(arg('kpis', '0'));
const dir = mkdtempSync(join(tmpdir(), 'scorecard-ingest-'));
const DAY = 86_400_000;

// [event, stage, channel, share per 1,000,000 demo events, value or null]: the demo's mix of one seeding
const MIX = [
  ['page_view', 'awareness', 'web', 583_711, null],
  ['page_view', 'awareness', 'email', 118_767, null],
  ['page_view', 'awareness', 'partner', 79_882, null],
  ['login', 'retention', 'app', 71_222, null],
  ['login', 'retention', 'web', 46_884, null],
  ['feature_used', 'retention', 'app', 31_426, null],
  ['feature_used', 'evaluation', 'app', 3_230, null],
  ['ticket_resolved', 'retention', 'email', 13_175, (r) => 1 + Math.floor(r() ** 3 * 8)],
  ['ticket_opened', 'retention', 'web', 6_664, null],
  ['ticket_opened', 'retention', 'email', 6_537, null],
  ['signup', 'evaluation', 'web', 9_287, null],
  ['signup', 'evaluation', 'email', 2_756, null],
  ['signup', 'evaluation', 'partner', 1_828, null],
  ['signup', 'evaluation', 'app', 1_226, null],
  ['nps_response', 'advocacy', 'email', 2_479, (r) => Math.floor(r() * 11)],
  ['nps_response', 'advocacy', 'app', 2_352, (r) => Math.floor(r() * 11)],
  ['onboarding_step', 'onboarding', 'app', 3_704, null],
  ['csat_response', 'retention', 'email', 3_364, (r) => 1 + Math.floor(r() * 5)],
  ['trial_start', 'evaluation', 'web', 1_870, null],
  ['trial_start', 'evaluation', 'app', 165, null],
  ['demo_request', 'evaluation', 'web', 1_047, null],
  ['demo_request', 'evaluation', 'sales', 750, null],
  ['demo_request', 'evaluation', 'partner', 617, null],
  ['demo_request', 'evaluation', 'email', 413, null],
  ['renewal', 'retention', 'web', 1_017, (r) => Math.round(1730 + r() * 60_000)],
  ['renewal', 'retention', 'sales', 518, (r) => Math.round(2440 + r() * 400_000)],
  ['renewal', 'retention', 'partner', 383, (r) => Math.round(1880 + r() * 350_000)],
  ['expansion', 'retention', 'sales', 498, (r) => Math.round(400 + r() * 89_000)],
  ['expansion', 'retention', 'web', 278, (r) => Math.round(350 + r() * 24_000)],
  ['expansion', 'retention', 'partner', 203, (r) => Math.round(450 + r() * 65_000)],
  ['purchase', 'purchase', 'web', 406, (r) => Math.round(1820 + r() * 140_000)],
  ['purchase', 'purchase', 'sales', 300, (r) => Math.round(1760 + r() * 220_000)],
  ['purchase', 'purchase', 'partner', 70, (r) => Math.round(2350 + r() * 175_000)],
  ['purchase', 'purchase', 'app', 41, (r) => Math.round(1440 + r() * 6_400)],
  ['referral_sent', 'advocacy', 'app', 783, null],
  ['referral_sent', 'advocacy', 'partner', 239, null],
  ['referral_sent', 'advocacy', 'sales', 199, null],
  ['ces_response', 'onboarding', 'email', 748, (r) => 2 + Math.floor(r() * 6)],
  ['onboarding_complete', 'onboarding', 'app', 681, null],
  ['churn', 'retention', 'web', 141, (r) => Math.round(2300 + r() * 21_000)],
  ['churn', 'retention', 'partner', 53, (r) => Math.round(2660 + r() * 41_000)],
  ['churn', 'retention', 'sales', 31, (r) => Math.round(2780 + r() * 100_000)],
];
// [segment, region, share]
const PLACES = [
  ['smb', 'amer', 311_493],
  ['smb', 'emea', 239_076],
  ['smb', 'apac', 133_269],
  ['mid-market', 'amer', 112_817],
  ['mid-market', 'emea', 82_861],
  ['mid-market', 'apac', 47_660],
  ['enterprise', 'amer', 33_402],
  ['enterprise', 'emea', 24_485],
  ['enterprise', 'apac', 14_937],
];

/** mulberry32: the same file on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function picker(rows, weightAt) {
  const total = rows.reduce((s, row) => s + row[weightAt], 0);
  const bounds = [];
  let acc = 0;
  for (const row of rows) {
    acc += row[weightAt] / total;
    bounds.push(acc);
  }
  return (x) => rows[bounds.findIndex((b) => x < b)] ?? rows[rows.length - 1];
}

/** A CSV of `n` events in the demo's mix, at random times of the last 13 months (395 days) up to now. */
async function writeEvents(path, n) {
  const r = prng(20_260_401);
  const pickEvent = picker(MIX, 3);
  const pickPlace = picker(PLACES, 2);
  const to = Date.now();
  const from = to - 395 * DAY;
  const out = createWriteStream(path);
  out.write('time,customer,event,stage,channel,segment,region,value\n');
  let lines = [];
  for (let i = 0; i < n; i += 1) {
    const [event, stage, channel, , value] = pickEvent(r());
    const [segment, region] = pickPlace(r());
    // visitors view pages; accounts do the rest, as in the demo
    const customer =
      event === 'page_view'
        ? `v${String(Math.floor(r() * 400_000)).padStart(7, '0')}`
        : `c${String(Math.floor(r() * 3_000)).padStart(6, '0')}`;
    const time = from + Math.floor(r() * (to - from));
    lines.push(`${time},${customer},${event},${stage},${channel},${segment},${region},${value ? value(r) : ''}`);
    if (lines.length === 10_000) {
      if (!out.write(`${lines.join('\n')}\n`)) {
        await once(out, 'drain');
      }
      lines = [];
    }
  }
  out.end(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  await once(out, 'finish');
}

async function sql(store, statements) {
  const instance = await DuckDBInstance.create(store);
  const connection = await instance.connect();
  try {
    const answers = [];
    for (const statement of statements) {
      answers.push((await connection.runAndReadAll(statement)).getRowObjectsJS());
    }
    return answers;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const count = async (store) => {
  const [[calcs], [slots]] = await sql(store, [
    'SELECT count(*) AS n FROM rollup_calcs',
    'SELECT count(*) AS n FROM kpi_rollups',
  ]);
  return { calcs: Number(calcs.n), slots: Number(slots.n) };
};

/** Applies `n` generated KPIs to the store and queries their scorecard over 13 months, which pre-aggregates them. */
async function preAggregate(store, n) {
  const big = bigScorecard(n);
  const { server, url } = await serve(store);
  const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
  try {
    const applied = await fetch(`${url}/api/v1/apply`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ documents: big.documents, approve: true }),
    });
    if (!applied.ok) {
      throw new Error(`apply failed: ${applied.status} ${(await applied.text()).slice(0, 500)}`);
    }
    const to = Date.now();
    const query = { from: to - 395 * DAY, to, queries: [{ refId: 'A', queryType: 'scorecard', scorecard: big.id }] };
    const answer = await fetch(`${url}/api/v1/query`, { method: 'POST', headers, body: JSON.stringify(query) });
    const text = await answer.text();
    if (!answer.ok || text.includes('"error"')) {
      throw new Error(`query failed: ${answer.status} ${text.slice(0, 500)}`);
    }
  } finally {
    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    await exited;
  }
}

/** `scorecard import events file --store copy`: wall seconds, and events and seconds as the CLI prints them. */
function importInto(copy, file) {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [bin, 'import', 'events', file, '--store', copy], {
    env: ENV,
    encoding: 'utf8',
  });
  const wall = (performance.now() - t0) / 1000;
  const m = /imported ([\d,]+) events in ([\d.]+) s/.exec(run.stdout);
  if (run.status !== 0 || m === null) {
    throw new Error(`import into ${copy} failed (exit ${run.status}): ${run.stdout}${run.stderr}`);
  }
  return { wall, imported: Number(m[1].replace(/,/g, '')), seconds: Number(m[2]) };
}

try {
  const base = join(dir, 'demo.duckdb');
  const seeded = seedDemo(base, demoEvents, 'ignore');
  const plain = join(dir, 'no-rollups.duckdb');
  copyFileSync(base, plain);
  await sql(plain, ['DELETE FROM kpi_rollups', 'DELETE FROM rollup_calcs', 'CHECKPOINT']);
  if (kpis > 0) {
    await preAggregate(base, kpis);
  }
  const kept = await count(base);
  const file = join(dir, 'events.csv');
  const t0 = performance.now();
  await writeEvents(file, events);
  const mb = (statSync(file).size / 1e6).toFixed(0);
  process.stdout.write(
    `seeded ${demoEvents} demo events in ${seeded.toFixed(1)} s; B keeps ${kept.calcs} pre-aggregated calculations ` +
      `(${kept.slots} slots), A none\n` +
      `wrote ${events} new events (${mb} MB CSV) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n\n`
  );

  const rates = { A: [], B: [] };
  for (let i = 0; i < runs; i += 1) {
    for (const [name, from] of [
      ['A', plain],
      ['B', base],
    ]) {
      const copy = join(dir, `run-${name}.duckdb`);
      rmSync(`${copy}.wal`, { force: true });
      copyFileSync(from, copy);
      const { wall, imported, seconds } = importInto(copy, file);
      const after = await count(copy);
      const rate = imported / seconds;
      rates[name].push(rate);
      process.stdout.write(
        `${name} run ${i + 1}: ${imported} events in ${seconds.toFixed(1)} s (CLI), ${wall.toFixed(1)} s wall, ` +
          `${Math.round(rate).toLocaleString('en-US')} events/s; after: ${after.calcs} calcs, ${after.slots} slots\n`
      );
      rmSync(copy, { force: true });
      rmSync(`${copy}.wal`, { force: true });
    }
  }
  const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const [a, b] = [mean(rates.A), mean(rates.B)];
  process.stdout.write(
    `\nA without pre-aggregates  ${Math.round(a).toLocaleString('en-US')} events/s (mean of ${runs})\n` +
      `B with pre-aggregates     ${Math.round(b).toLocaleString('en-US')} events/s (mean of ${runs})\n` +
      `B/A                       ${(b / a).toFixed(2)}\n` +
      `goal: at most 20% slower: ${b / a >= 0.8 ? 'met' : 'NOT met'}\n`
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
