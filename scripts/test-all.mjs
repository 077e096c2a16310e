// `npm test`: typecheck, lint, unit tests, build, browser tests; stops at the first failing step.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const resultsDir = path.resolve('build/test-results');
fs.mkdirSync(resultsDir, { recursive: true });
const jestJson = path.join(resultsDir, 'jest.json');
const playwrightJson = path.join(resultsDir, 'playwright.json');
fs.rmSync(jestJson, { force: true });
fs.rmSync(playwrightJson, { force: true });

const steps = [
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint', cmd: ['npx', 'eslint', '--cache', '.'] },
  { name: 'unit tests', cmd: ['npx', 'jest', '--maxWorkers', '2', '--json', '--outputFile', jestJson] },
  { name: 'build', cmd: ['npm', 'run', 'build'] },
  {
    name: 'browser tests',
    cmd: ['npx', 'playwright', 'test', '-c', 'tests/browser/playwright.config.ts', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson },
  },
];

function counts() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (fs.existsSync(jestJson)) {
    const j = JSON.parse(fs.readFileSync(jestJson, 'utf8'));
    passed += j.numPassedTests;
    failed += j.numFailedTests + j.numRuntimeErrorTestSuites;
    skipped += j.numPendingTests + j.numTodoTests;
  }
  if (fs.existsSync(playwrightJson)) {
    const s = JSON.parse(fs.readFileSync(playwrightJson, 'utf8')).stats ?? {};
    passed += (s.expected ?? 0) + (s.flaky ?? 0);
    failed += s.unexpected ?? 0;
    skipped += s.skipped ?? 0;
  }
  return { passed, failed, skipped };
}

const started = Date.now();
let failedStep = null;
for (const step of steps) {
  const t0 = Date.now();
  process.stdout.write(`\n=== ${step.name}: ${step.cmd.join(' ')}\n`);
  const r = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    failedStep = step.name;
    process.stdout.write(`=== ${step.name} FAILED after ${secs} s (exit ${r.status ?? r.signal})\n`);
    break;
  }
  process.stdout.write(`=== ${step.name} ok in ${secs} s\n`);
}

const { passed, failed, skipped } = counts();
const total = ((Date.now() - started) / 1000).toFixed(0);
process.stdout.write(`\nnpm test ${failedStep ? `failed at ${failedStep}` : 'succeeded'} in ${total} s\n`);
// A failed step without failed tests (typecheck, lint, build) still counts as one failure.
process.stdout.write(
  `tests: ${passed} passed, ${failed + (failedStep && failed === 0 ? 1 : 0)} failed, ${skipped} skipped\n`
);
process.exit(failedStep ? 1 : 0);
