// The Maturity page on the demo's three years of released cycles: the cycles grid, a cycle's results and its
// report, printed to PDF and downloaded as PDF, in both themes.
import fs from 'node:fs';
import { testIds } from '../../app/testIds';
import { expect, test } from './fixtures';
import { openApp, provisionedOfKind, THEMES } from './app-pages-support';
import { demoCycles } from './maturity-support';
import { readPdf } from './pdf-pages';

const SLOW = { timeout: 60_000 };

interface ModelSpec {
  stages?: Array<{ id: string; name: string }>;
  dimensions: Array<{ id: string; name: string }>;
}
const [demoModel] = provisionedOfKind('MaturityModel');
const spec = demoModel?.spec as unknown as ModelSpec;

for (const theme of THEMES) {
  test(`the cycles grid shows every demo unit's three years; a cycle's results show stages, change and next steps (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    test.slow(); // results of a 63-criterion cycle with its benchmark against the other units
    const cycles = await demoCycles();
    const years = [...new Set(cycles.map((c) => c.year))].sort();
    const units = [...new Set(cycles.map((c) => c.unit))];
    expect(years).toHaveLength(3);
    await openApp(page, 'maturity', theme, { login: 'victor', role: 'Viewer' });
    const grid = page.getByTestId(testIds.cycles.grid);
    for (const unit of units) {
      for (const year of years) {
        await expect(grid.getByTestId(testIds.cycles.cell(unit, year))).toContainText('released', SLOW);
      }
    }
    await snap(`app-maturity-cycles-${theme}`, { name: `app-maturity-cycles-${theme}` });

    const latest = Math.max(...years);
    const unit = units[0] ?? '';
    await grid.getByTestId(testIds.cycles.cell(unit, latest)).getByRole('link').first().click();
    const results = page.getByTestId(testIds.results.root);
    await expect(results).toBeVisible(SLOW);
    await expect(page.getByTestId(testIds.maturity.header)).toContainText(`${unit} · ${latest}`);
    for (const dimension of spec.dimensions) {
      await expect(page.getByTestId(testIds.results.heatmap)).toContainText(dimension.name);
      // every demo unit has an earlier year, so each row shows a change: up, down or level
      await expect(page.getByTestId(testIds.results.change(dimension.id))).toHaveText(/▲ \+\d|▼ −\d|▬ 0/);
      await expect(page.getByTestId(testIds.results.nextSteps(dimension.id))).toBeVisible();
    }
    await expect(page.getByTestId(testIds.results.provisional)).toHaveCount(0);
    await snap(`app-maturity-results-${theme}`, { name: `app-maturity-results-${theme}` });
  });

  test(`a released cycle's report prints to A4 pages and downloads as the same report in PDF (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    test.slow();
    const cycles = await demoCycles();
    const latest = Math.max(...cycles.map((c) => c.year));
    const cycle = cycles.find((c) => c.year === latest);
    if (!cycle) {
      throw new Error('the demo has no released cycle');
    }
    await openApp(page, `maturity/${cycle.id}/report`, theme, { login: 'victor', role: 'Viewer' });
    const report = page.getByTestId(testIds.report.root);
    await expect(report).toContainText(cycle.unit, SLOW);
    for (const section of ['stages', 'nextSteps', 'agreement', 'people', 'evidence']) {
      await expect(page.getByTestId(testIds.report.section(section))).toBeVisible();
    }
    await snap(`app-maturity-report-${theme}`, { name: `app-maturity-report-${theme}` });

    // Printed through the print stylesheet: only the report, on A4 pages.
    const printed = await readPdf(await page.pdf({ format: 'A4', printBackground: true }));
    expect(printed.texts.length).toBeGreaterThanOrEqual(2);
    const all = printed.texts.join('\n');
    expect(printed.texts[0]).toContain(cycle.unit);
    expect(printed.texts[0]).toContain(String(cycle.year));
    for (const dimension of spec.dimensions) {
      expect(all).toContain(dimension.name);
    }
    for (const chrome of ['KPI catalog', 'Download PDF', 'Back to the results']) {
      expect(all).not.toContain(chrome);
    }
    for (let n = 1; n <= Math.min(printed.texts.length, 3); n++) {
      // white paper whatever the theme, margins included
      expect(await printed.cornerColor(n)).toEqual([255, 255, 255]);
      await printed.savePng(n, `app-maturity-report-printed-${theme}-page-${n}`);
    }

    // The PDF the server writes, fetched by the browser through the app's proxy route.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(testIds.report.download).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`maturity-${cycle.unit}-${cycle.year}.pdf`);
    const pdf = await readPdf(await fs.promises.readFile(await download.path()));
    expect(pdf.texts.length).toBeGreaterThanOrEqual(2);
    pdf.texts.forEach((text, i) => {
      expect(text).toContain(`${cycle.unit} · Maturity report ${cycle.year}`);
      expect(text).toContain(`Page ${i + 1} of ${pdf.texts.length}`);
    });
    for (const dimension of spec.dimensions) {
      expect(pdf.texts.join('\n')).toContain(dimension.name);
    }
    for (let n = 1; n <= Math.min(pdf.texts.length, 3); n++) {
      await pdf.savePng(n, `app-maturity-report-pdf-${theme}-page-${n}`);
    }
  });
}
