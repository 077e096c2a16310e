// The Overview page against the real KPI server with the demo's data, in both themes.
import { testIds } from '../../app/testIds';
import { expect, test } from './fixtures';
import { asUser, catalog, getJson, openApp, provisioned, provisionedOfKind, THEMES } from './app-pages-support';

const ids = testIds.overview;
const SLOW = { timeout: 60_000 };

for (const theme of THEMES) {
  test(`overview shows the demo's scorecards, KPIs, freeze windows, audit chain and maturity (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    test.slow(); // six sections, each its own server calls (the scorecards score a year of demo events)
    const admin = await asUser('admin', 'Admin');
    const kpis = await catalog(admin);
    const { cycles } = (await getJson(admin, 'maturity/cycles?state=released&model=northwind-kpi-maturity')) as {
      cycles: Array<{ unit: string; year: number }>;
    };
    await admin.dispose();
    await openApp(page, 'overview', theme);

    for (const card of provisionedOfKind('Scorecard')) {
      const row = page.getByTestId(ids.scorecard(card.metadata.id));
      await expect(row).toContainText(String(card.spec.name), SLOW);
      await expect(row).toContainText(/\d+\.\d \/ 10/);
    }
    // Only the SMB scorecard reports one period: the corporate one mixes monthly and quarterly KPIs.
    await expect(page.getByTestId(ids.scorecard('northwind-smb'))).toContainText(/[A-Z][a-z]+ \d{4}/);

    // Test KPIs of other specs are customer KPIs: learning-growth keeps the demo's count.
    const learning = kpis.filter((k) => k.perspective === 'learning-growth').length;
    await expect(page.getByTestId(ids.perspective('learning-growth'))).toHaveText(`learning-growth: ${learning}`, SLOW);
    const demoKpis = provisionedOfKind('KPI').length;
    const total = page.getByTestId(ids.section('kpis')).getByText(/^\d+ KPIs in the catalog$/);
    await expect(total).toBeVisible();
    expect(Number.parseInt((await total.textContent()) ?? '', 10)).toBeGreaterThanOrEqual(demoKpis);

    await expect(page.getByTestId(ids.section('approvals'))).toContainText(
      /No versions await a decision|\d+ versions? awaiting a decision/,
      SLOW
    );
    const [firstWindow] = provisioned('freeze-windows.yaml');
    await expect(page.getByTestId(ids.section('freeze'))).toContainText(`${firstWindow?.metadata.id}:`, SLOW);
    await expect(page.getByTestId(ids.audit)).toContainText(/Intact: \d+ entries verified/, SLOW);
    await expect(page.getByTestId(ids.audit)).toContainText(/Chain head \d+:[0-9a-f]{64}/);

    // The demo releases its 24 cycles over the years (the maturity specs release more, of their own models).
    expect(cycles).toHaveLength(24);
    const year = Math.max(...cycles.map((c) => c.year));
    const units = [...new Set(cycles.filter((c) => c.year === year).map((c) => c.unit))];
    const [model] = provisionedOfKind('MaturityModel');
    const dimensions = Array.isArray(model?.spec.dimensions) ? model.spec.dimensions.length : -1;
    await expect(page.getByTestId(ids.section('maturity'))).toContainText(`Released in ${year}`, SLOW);
    for (const unit of units) {
      await expect(page.getByTestId(ids.maturityUnit(unit))).toContainText(`${dimensions} dimensions`);
    }
    await snap(`app-overview-${theme}`, { name: `app-overview-${theme}`, element: page.getByTestId(ids.root) });
  });
}
