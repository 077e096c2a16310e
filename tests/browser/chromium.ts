// Where Chromium is: $CHROMIUM_PATH or Debian's /usr/bin/chromium (never Playwright's own download).
import fs from 'node:fs';

export const chromiumPath = (): string => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function assertChromium(): void {
  const file = chromiumPath();
  try {
    fs.accessSync(file, fs.constants.X_OK);
  } catch {
    throw new Error(
      `Chromium not found at ${file}. Install it with \`apt-get update && apt-get install -y chromium\`, ` +
        'or set CHROMIUM_PATH to a Chromium/Chrome executable. (Do not run `playwright install`.)'
    );
  }
}
