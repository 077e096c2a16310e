import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..');

// Tests that start CLI processes (seeding a million demo events, say) must pass beside another CPU-heavy process.
jest.setTimeout(180_000);
export const BIN = join(REPO_ROOT, 'server', 'bin', 'scorecard.js');

export function buildServerBundle(): void {
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build-server.mjs')], { stdio: 'pipe' });
}

export interface CliProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exitCode: Promise<number | null>;
  /** Resolves with the first match of `pattern` on stdout; rejects if the process exits first. */
  waitForStdout(pattern: RegExp): Promise<RegExpExecArray>;
}

/** Runs `node <bin> …args` with no SCORECARD_* variables from the caller's environment. */
export function runCli(
  args: string[],
  options: { cwd: string; env?: Record<string, string>; bin?: string }
): CliProcess {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('SCORECARD_')));
  const child = spawn(process.execPath, [options.bin ?? BIN, ...args], {
    cwd: options.cwd,
    env: { ...env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exitCode = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const waitForStdout = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(out);
        if (match !== null) {
          child.stdout?.off('data', check);
          resolve(match);
        }
      };
      child.stdout?.on('data', check);
      check();
      void exitCode.then((code) => reject(new Error(`exited with ${code} before ${pattern}; stderr: ${err}`)));
    });
  return { child, stdout: () => out, stderr: () => err, exitCode, waitForStdout };
}
