// With DOCS_SCREENSHOTS=1, chosen screenshots are also written to docs/img/<name>.png for the documentation.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';

const DOCS_IMG = path.resolve(__dirname, '../../docs/img');

export interface DocsShot {
  /** File name under docs/img, without .png. */
  name: string;
  /** Only this element (e.g. the panel) instead of the whole page. */
  element?: Locator;
}

export const docsScreenshotsOn = (): boolean => process.env.DOCS_SCREENSHOTS === '1';

export async function docsScreenshot(page: Page, shot: DocsShot): Promise<void> {
  if (!docsScreenshotsOn()) {
    return;
  }
  // the Grafana 13 host's screenshots sit beside the others in docs/img/grafana-13/
  const grafana = process.env.HOST_GRAFANA;
  const dir = grafana && grafana !== '12' ? path.join(DOCS_IMG, `grafana-${grafana}`) : DOCS_IMG;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${shot.name}.png`);
  // Hover effects and the caret would differ from run to run.
  await (shot.element ?? page).screenshot({ path: file, animations: 'disabled', caret: 'hide' });
}
