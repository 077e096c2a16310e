// The Balanced Scorecard panel under the mouse: table sorting, strategy-map arrows, KPI tooltips and data links.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { CAUSE_EDGES, fourKpis, fourKpisWithDetails, kpiKeys, panelRequest, withCauses } from './scorecard-inputs';
import { hostPanel, ids, renderScorecard, tableCells } from './scorecard-page';

const LINK_HOST = 'https://kpi.example.com';

/** Column of the table (0-based) in the rows as shown. */
const column = async (page: Parameters<typeof tableCells>[0], index: number) =>
  (await tableCells(page)).map((row) => row[index]);

test('the table sorts by a column when its header is clicked: ascending, descending, then as given', async ({
  hostPage: page,
  snap,
}) => {
  await renderScorecard(page, panelRequest({ frames: [fourKpis], theme: 'light', options: { view: 'table' } }));
  const score = page.getByTestId(ids.sortBy('score'));
  const header = page.locator('th', { has: score });
  const given = ['Revenue growth', 'Gross margin', 'Net Promoter Score', 'Training hours'];
  await expect(header).not.toHaveAttribute('aria-sort');

  await score.click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  expect(await column(page, 5)).toEqual(['2.0', '5.0', '7.9', '–']);
  await snap('balanced-scorecard-table-sorted-by-score');

  await score.click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  // A KPI without a score stays last either way.
  expect(await column(page, 2)).toEqual(['Gross margin', 'Revenue growth', 'Net Promoter Score', 'Training hours']);

  await score.click();
  await expect(header).not.toHaveAttribute('aria-sort');
  expect(await column(page, 2)).toEqual(given);

  const kpi = page.getByTestId(ids.sortBy('kpi'));
  await kpi.click();
  await expect(page.locator('th', { has: kpi })).toHaveAttribute('aria-sort', 'ascending');
  await expect(header).not.toHaveAttribute('aria-sort');
  expect(await column(page, 2)).toEqual([...given].sort());
});

test('the map draws an arrow from each objective to each one its causes column names', async ({
  hostPage: page,
  snap,
}) => {
  await renderScorecard(
    page,
    panelRequest({ frames: [withCauses], theme: 'light', options: { view: 'map' }, height: 640 })
  );
  const map = page.getByTestId(ids.map);
  const edges = map.getByTestId(/^data-testid balanced-scorecard-map-edge-/);
  expect(await edges.evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')).sort())).toEqual(
    CAUSE_EDGES.map(([from, to]) => ids.mapEdge(from, to)).sort()
  );
  await expect(map.getByRole('img', { name: /^Strategy map/ })).toHaveAccessibleName(
    new RegExp('^Strategy map of 6 objectives: .*Resolve issues fast drives Keep customers')
  );
  // Each arrow runs from its objective's border to the border of the one it drives.
  for (const [from, to] of CAUSE_EDGES) {
    const ends = await map.getByTestId(ids.mapEdge(from, to)).evaluate((el) => {
      const path = el instanceof SVGPathElement ? el : null;
      const svg = el.closest('svg')?.getBoundingClientRect();
      const length = path?.getTotalLength() ?? 0;
      const point = (at: number) => {
        const p = path?.getPointAtLength(at);
        return { x: (p?.x ?? NaN) + (svg?.left ?? NaN), y: (p?.y ?? NaN) + (svg?.top ?? NaN) };
      };
      return { start: point(0), end: point(length) };
    });
    expect(onBorder(await map.getByTestId(ids.mapNode(from)).boundingBox(), ends.start)).toBe(true);
    expect(onBorder(await map.getByTestId(ids.mapNode(to)).boundingBox(), ends.end)).toBe(true);
  }
  await snap('balanced-scorecard-map-with-causes', { name: 'balanced-scorecard-map', element: hostPanel(page) });
});

function onBorder(box: { x: number; y: number; width: number; height: number } | null, p: { x: number; y: number }) {
  if (!box) {
    return false;
  }
  const near = (a: number, b: number) => Math.abs(a - b) <= 1.5;
  const inX = p.x >= box.x - 1.5 && p.x <= box.x + box.width + 1.5;
  const inY = p.y >= box.y - 1.5 && p.y <= box.y + box.height + 1.5;
  return (
    (inX && (near(p.y, box.y) || near(p.y, box.y + box.height))) ||
    (inY && (near(p.x, box.x) || near(p.x, box.x + box.width)))
  );
}

async function hoverTooltip(name: Locator) {
  await name.hover();
  return name.page().getByRole('tooltip');
}

test('a KPI name shows its tooltip on hover: definition, owner, version, thresholds, score and flags', async ({
  hostPage: page,
  snap,
}) => {
  await renderScorecard(page, panelRequest({ frames: [fourKpisWithDetails], theme: 'light', height: 420 }));

  let tooltip = await hoverTooltip(page.getByTestId(ids.kpiName(kpiKeys.revenue)));
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Revenue growthfin.revenue-growth');
  for (const line of [
    'DefinitionYear-over-year growth of recognised revenue',
    'OwnerCFO office',
    'Versionv3',
    'Value9',
    'Target10',
    'Goal / red flag10 / 8, higher is better (from the target (panel option: red flag from target))',
    'Score5.0 of 10',
  ]) {
    await expect(tooltip).toContainText(line);
  }

  await page.mouse.move(0, 0);
  await expect(tooltip).toHaveCount(0);
  const nps = page.getByTestId(ids.kpiName(kpiKeys.nps));
  // The flag icon beside the name says the KPI has data-quality notes.
  await expect(nps.getByLabel('Data-quality notes')).toBeVisible();
  tooltip = await hoverTooltip(nps);
  await expect(tooltip).toContainText('OwnerCustomer success');
  await expect(tooltip).toContainText('Insufficient sample (n = 12): shown, not scored');
  await expect(tooltip).toContainText('Not scored');
  await expect(tooltip).not.toContainText('of 10');
  await snap('balanced-scorecard-tooltip', { name: 'balanced-scorecard-tooltip', element: hostPanel(page) });
});

const valueLinks = (links: Array<{ title: string; url: string }>) => ({
  ...fourKpisWithDetails,
  fields: fourKpisWithDetails.fields.map((f) => (f.name === 'value' ? { ...f, config: { links } } : f)),
});

test('a KPI with a data link on its value field points to the link and follows it on click', async ({
  hostPage: page,
}) => {
  await page.route(`${LINK_HOST}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>KPI details</h1>' })
  );
  const frame = valueLinks([{ title: 'KPI details', url: `${LINK_HOST}/kpis/\${__data.fields.kpiId}` }]);
  await renderScorecard(page, panelRequest({ frames: [frame], theme: 'light' }));

  const link = page.getByRole('link', { name: 'Gross margin' });
  await expect(link).toHaveAttribute('href', `${LINK_HOST}/kpis/fin.gross-margin`);
  await expect(link).toHaveAttribute('title', 'KPI details');
  // Each KPI's link is interpolated with its own row.
  await expect(page.getByRole('link', { name: 'Net Promoter Score' })).toHaveAttribute(
    'href',
    `${LINK_HOST}/kpis/cust.nps`
  );
  await page.getByTestId(ids.kpiName(kpiKeys.margin)).click();
  await page.waitForURL(`${LINK_HOST}/kpis/fin.gross-margin`);
  await expect(page.getByRole('heading', { name: 'KPI details' })).toBeVisible();
});

test('a KPI with several data links opens a menu of them on click', async ({ hostPage: page, snap }) => {
  const frame = valueLinks([
    { title: 'Definition', url: `${LINK_HOST}/kpis/\${__data.fields.kpiId}` },
    { title: 'Lineage', url: `${LINK_HOST}/lineage?kpi=\${__data.fields.kpiId}` },
  ]);
  await renderScorecard(page, panelRequest({ frames: [frame], theme: 'light' }));

  await page.getByTestId(ids.kpiName(kpiKeys.nps)).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: 'Definition' })).toHaveAttribute(
    'href',
    `${LINK_HOST}/kpis/cust.nps`
  );
  await expect(menu.getByRole('menuitem', { name: 'Lineage' })).toHaveAttribute(
    'href',
    `${LINK_HOST}/lineage?kpi=cust.nps`
  );
  await snap('balanced-scorecard-data-links-menu');
});
