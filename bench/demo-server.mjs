// What the server benchmarks share: flags, a demo store seeded by the CLI, and a server on it on a free port.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'server/bin/scorecard.js');

export const TOKEN = 'bench-admin-token-0123456789';
export const ENV = { ...process.env, SCORECARD_TOKENS: `admin=${TOKEN}`, SCORECARD_LOG_LEVEL: 'warn' };

/** The value after `--name` on the command line, else the fallback. */
export const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

/** `scorecard demo --events N` into the store; returns the seconds it took. */
export function seedDemo(store, events, stdio = 'inherit') {
  const t0 = Date.now();
  const seeded = spawnSync(process.execPath, [bin, 'demo', '--events', events, '--store', store], { env: ENV, stdio });
  if (seeded.status !== 0) {
    throw new Error(`scorecard demo failed (exit ${seeded.status})`);
  }
  return (Date.now() - t0) / 1000;
}

/** Node flags for the server process, e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof". */
const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);

/** `scorecard serve` on the store, resolved with the process and its URL once it listens. */
export async function serve(store) {
  const server = spawn(process.execPath, [...nodeArgs, bin, 'serve', '--port', '0', '--store', store], {
    env: ENV,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        resolve(m[1]);
      }
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { server, url };
}

/** The process's peak and current resident memory in MB (VmHWM, VmRSS of /proc/<pid>/status); null off Linux. */
export function peakMemory(pid) {
  let status;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const mb = (key) => {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
    return m ? Number(m[1]) / 1024 : NaN;
  };
  return { peakMb: mb('VmHWM'), rssMb: mb('VmRSS') };
}
