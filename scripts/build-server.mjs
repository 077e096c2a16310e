// Bundles the KPI server and CLI (server/cli.ts) into build/server/cli.js; dependencies stay in node_modules.
import { build } from 'esbuild';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'build', 'server', 'cli.js');
const started = performance.now();

await build({
  entryPoints: [join(root, 'server', 'cli.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

const ms = Math.round(performance.now() - started);
process.stdout.write(`built ${relative(root, outfile)} in ${ms} ms\n`);
