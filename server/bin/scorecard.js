#!/usr/bin/env node
'use strict';
// Loads the esbuild bundle of server/cli.ts; package.json "prepare" builds it on install.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

// DuckDB runs statements on libuv's pool: room for its parallel readers, the writer and file I/O
process.env.UV_THREADPOOL_SIZE = process.env.UV_THREADPOOL_SIZE ?? '16';

const bundle = join(__dirname, '..', '..', 'build', 'server', 'cli.js');
if (!existsSync(bundle)) {
  process.stderr.write(`scorecard: ${bundle} is missing: run \`npm run build:server\`\n`);
  process.exit(1);
}
require(bundle).main(process.argv);
