// The Benchmarks page on the demo's released cycles: each dimension's distribution with the unit highlighted,
// a peer's file beside it, suppression under a larger minimum group, and KPI value benchmarks; both themes.
import { APP_BASE } from '../../app/constants';
import { testIds } from '../../app/testIds';
import { expect, test } from './fixtures';
import { asUser, openApp, postTo, provisionedOfKind, THEMES } from './app-pages-support';
import { demoCycles, hex } from './maturity-support';

const SLOW = { timeout: 60_000 };
const ids = testIds.benchmarks;
const MODEL = 'northwind-kpi-maturity';

interface Dimension {
  id: string;
  name: string;
}
const [demoModel] = provisionedOfKind('MaturityModel');
const dimensions = (demoModel?.spec.dimensions ?? []) as Dimension[];

/** Our own aggregates, exported and imported back under another source's name: a peer with the same figures. */
async function importPeer(year: number): Promise<string> {
  const source = `Peer group ${hex()}`;
  const admin = await asUser('mara', 'Admin');
  const exported = await admin.get(
    `/api/plugin-proxy/scorecard-suite-app/admin/v1/benchmarks/export?model=${MODEL}&year=${year}&source=x`
  );
  expect(exported.status()).toBe(200);
  const file: unknown = await exported.json();
  const res = await postTo(admin, 'admin', 'benchmarks/peers', { ...(file as object), source });
  expect(res.status()).toBe(201);
  await admin.dispose();
  return source;
}

for (const theme of THEMES) {
  test(`each dimension's distribution with the unit's rank, a peer beside it, and suppression (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    test.slow();
    const cycles = await demoCycles();
    const year = Math.max(...cycles.map((c) => c.year));
    const units = cycles.filter((c) => c.year === year).map((c) => c.unit);
    const unit = units[0] ?? '';
    const source = await importPeer(year);
    await openApp(page, `benchmarks?model=${MODEL}&year=${year}&unit=${unit}&minGroup=5`, theme, {
      login: 'victor',
      role: 'Viewer',
    });
    for (const dimension of dimensions) {
      const card = page.getByTestId(ids.dimension(dimension.id));
      await expect(card).toContainText(dimension.name, SLOW);
      // the unit is one of the demo's units of that year: its percentile rank and how many it is above
      await expect(page.getByTestId(ids.rank(dimension.id))).toContainText(
        new RegExp(`${unit}: \\d+(st|nd|rd|th) percentile: above \\d+ of ${units.length} units`)
      );
      await expect(page.getByTestId(ids.peer(source, dimension.id))).toBeVisible();
    }
    await snap(`app-benchmarks-${theme}`, { name: `app-benchmarks-${theme}` });

    // more units than there are: every dimension suppressed, with the reason and no counts
    await openApp(page, `benchmarks?model=${MODEL}&year=${year}&unit=${unit}&minGroup=${units.length + 1}`, theme);
    for (const dimension of dimensions) {
      await expect(page.getByTestId(ids.suppressed(dimension.id))).toContainText(String(units.length), SLOW);
    }
    expect(new URL(page.url()).pathname).toBe(`${APP_BASE}/benchmarks`);
  });

  test(`KPI value benchmarks across the demo's regions, per month (${theme})`, async ({ hostPage: page, snap }) => {
    test.slow();
    // the demo spreads site visits over its three regions: a minimum group of 3 shows them, emea highlighted
    const query = `model=${MODEL}&kpi=process.site-visits&by=region&months=6&minGroup=3&value=emea`;
    await openApp(page, `benchmarks?${query}`, theme, { login: 'victor', role: 'Viewer' });
    const table = page.getByTestId(ids.kpiTable);
    await expect(table).toBeVisible(SLOW);
    // six complete months under the header, each with its percentiles or the reason it is suppressed
    await expect(table.getByRole('row')).toHaveCount(7, SLOW);
    const shown = table.getByRole('row').filter({ hasNotText: 'Suppressed' }).filter({ hasText: /\d/ });
    expect(await shown.count()).toBeGreaterThan(1);
    await expect(table).toContainText(/\d+(st|nd|rd|th)/);
    await snap(`app-benchmarks-kpi-${theme}`, { name: `app-benchmarks-kpi-${theme}`, element: table });
  });
}
