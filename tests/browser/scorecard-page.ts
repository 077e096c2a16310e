// Reading the Balanced Scorecard panel off the host page: render, rows, scroll containers, theme.
import { expect, type Locator, type Page } from '@playwright/test';
import { testIds } from '../../app/testIds';
import type { PanelRenderInfo, RenderPanelRequest } from '../../host/src/api';

export const ids = testIds.balancedPanel;

export const renderScorecard = (page: Page, request: RenderPanelRequest): Promise<PanelRenderInfo> =>
  page.evaluate((r) => window.host.renderPanel(r), request);

/** The panel as PanelHost draws it: PanelChrome with its title, at the panel's size (for element screenshots). */
export const hostPanel = (page: Page): Locator => page.getByTestId('host-panel').locator('section').first();

/** KPI rows of the grid view (not their name elements). */
export const gridKpiRows = (scope: Page | Locator): Locator =>
  scope.getByTestId(/^data-testid balanced-scorecard-kpi-(?!name-)/);

export const tableRows = (scope: Page | Locator): Locator =>
  scope.getByTestId(/^data-testid balanced-scorecard-table-row-/);

/** The scorecard's own score in the header. */
export const headerScore = (page: Page | Locator): Locator => page.getByTitle(/^Scorecard score, 0 to 10/);

/** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
export function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

export const bodyLuminance = async (page: Page): Promise<number> =>
  luminance(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));

/** Size of the nearest ancestor that scrolls the element (overflow auto or scroll), or null. */
export function scrollContainer(element: Locator) {
  return element.evaluate((el) => {
    for (let node = el.parentElement; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (/(auto|scroll)/.test(style.overflowY + style.overflowX)) {
        const { scrollWidth, scrollHeight, clientWidth, clientHeight } = node;
        return { scrollWidth, scrollHeight, clientWidth, clientHeight };
      }
    }
    return null;
  });
}

/** Every table row's cells as shown (innerText: an icon's SVG title is not shown). */
export const tableCells = (page: Page): Promise<string[][]> =>
  tableRows(page).evaluateAll((rows) =>
    rows.map((row) => Array.from(row.querySelectorAll('td'), (td) => td.innerText.replace(/\s+/g, ' ').trim()))
  );

/**
 * Scrolls every scrolling box inside `scope` a screenful at a time until `rows` counts `count`: the panel mounts
 * rows below the fold as they come near.
 */
export async function scrollUntilMounted(scope: Locator, rows: Locator, count: number): Promise<void> {
  await scope.scrollIntoViewIfNeeded();
  await expect
    .poll(
      async () => {
        await scope.evaluate((root) =>
          [root, ...root.querySelectorAll('*')].forEach((el) => {
            if (el.scrollHeight > el.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(el).overflowY)) {
              el.scrollTop += el.clientHeight;
            }
          })
        );
        return rows.count();
      },
      { timeout: 20_000, intervals: [100] }
    )
    .toBe(count);
}
