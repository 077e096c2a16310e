import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { main } from '../cli';
import { evidenceKpis, smallModel } from '../maturity/testing';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `scorecard ...args` in this process (no SCORECARD_* from the environment); returns exit code and output. */
export async function scorecard(...args: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const saved = Object.entries(process.env).filter(([key]) => key.startsWith('SCORECARD_'));
  saved.forEach(([key]) => delete process.env[key]);
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    await main(['node', 'scorecard', ...args]);
    return { code: Number(process.exitCode ?? 0), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    process.exitCode = undefined;
    saved.forEach(([key, value]) => (process.env[key] = value));
  }
}

/** Runs of several spaces as one, so that table rows compare without their padding. */
export const squeeze = (text: string): string => text.replace(/ {2,}/g, ' ');

/** `scorecard apply --approve` of the small model and its evidence KPIs on `store`. */
export async function applySmallModel(store: string, dir: string): Promise<void> {
  const file = join(dir, 'model.yaml');
  await writeFile(file, [smallModel(), ...evidenceKpis()].map((d) => stringify(d)).join('---\n'));
  const applied = await scorecard('apply', file, '--approve', '--store', store, '--author', 'ci-bot');
  expect(applied.code).toBe(0);
}
