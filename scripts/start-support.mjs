import fs from 'node:fs';
import path from 'node:path';

/** Newest modification time (ms) of any file below the given folders. */
export function newestMtime(dirs) {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else {
        newest = Math.max(newest, fs.statSync(full).mtimeMs);
      }
    }
  };
  dirs.filter((d) => fs.existsSync(d)).forEach(walk);
  return newest;
}

/** Polls a health URL until it answers 200, then returns its JSON; throws after the timeout. */
export async function waitForHealth(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) {
        return await res.json();
      }
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (${last})`);
}
