// Installs host/grafana13 (the Grafana 13.2 libraries with React 19 the second browser host is built from) from its own lockfile.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'host/grafana13');
const lock = path.join(dir, 'package-lock.json');
const installed = path.join(dir, 'node_modules/.package-lock.json');

const fresh = fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs;
if (fresh && !process.argv.includes('--force')) {
  process.stdout.write('host/grafana13: installed\n');
} else {
  process.stdout.write('host/grafana13: npm ci (Grafana 13.2 libraries and React 19 for the second browser host)\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: dir, stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`host/grafana13: npm ci failed (exit ${r.status ?? r.signal})\n`);
    process.exit(1);
  }
}
