// The built Journey Funnel panel in the host: long, wide and KPI-frame inputs, breakdown, comparison, size, states, links.
import type { Locator, Page } from '@playwright/test';
import type { ThresholdsConfig } from '@grafana/data';
import { testIds } from '../../app/testIds';
import type { FrameSpec, PanelRenderInfo, RenderPanelRequest, ThemeMode } from '../../host/src/api';
import { FUNNEL_SEGMENTS, generateFunnel } from '../../host/src/funnel30';
import { expect, hostUrl, test } from './fixtures';
import {
  kpiFunnelFrame,
  kpiTimeToConvertFrame,
  longBySegment,
  longWithImpossible,
  longWithPrevious,
  wide,
} from './funnel-inputs';
import { bodyLuminance, hostPanel } from './scorecard-page';

const ids = testIds.funnelPanel;
const themes: ThemeMode[] = ['light', 'dark'];
const LINK_HOST = 'https://funnel.example.com';

const renderFunnel = (page: Page, request: Omit<RenderPanelRequest, 'plugin'>): Promise<PanelRenderInfo> =>
  page.evaluate((r) => window.host.renderPanel(r), {
    plugin: 'panels/journey-funnel',
    width: 720,
    height: 560,
    ...request,
  });

/** Stage keys in the order the panel lists them. */
const stageOrder = (scope: Page | Locator) =>
  scope
    .getByTestId(/^data-testid journey-funnel-stage-/)
    .evaluateAll((items) => items.map((el) => el.getAttribute('data-testid')?.replace(/^.*journey-funnel-stage-/, '')));

const share = (bar: Locator) => bar.getAttribute('data-share').then(Number);

for (const theme of themes) {
  test(`long input keeps the data's order and flags a stage larger than the one before (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    await renderFunnel(page, { frames: [longWithImpossible], theme, title: 'Trial funnel' });
    await expect(page.getByTestId(ids.root)).toBeVisible();
    expect(await stageOrder(page)).toEqual(['Visit', 'Sign-up', 'Trial', 'Paid']);

    const visit = page.getByTestId(ids.stage('Visit'));
    await expect(visit).toContainText('1200');
    await expect(visit).toContainText('100% of first');
    // 480 / 1200, and of the 1200 before it.
    const signup = page.getByTestId(ids.stage('Sign-up'));
    await expect(signup).toContainText('480');
    await expect(signup).toContainText('40% of first');
    await expect(signup).toContainText('40% of previous');
    await expect(page.getByTestId(ids.dropOff('Sign-up'))).toHaveText('720 lost (60%)');
    // 600 of 1200 is 50% of the first; 600 of 480 is 125%: impossible, flagged with why, no drop-off drawn.
    const trial = page.getByTestId(ids.stage('Trial'));
    await expect(trial).toContainText('50% of first');
    await expect(trial).toContainText('125% of previous');
    await expect(page.getByTestId(ids.problem('Trial'))).toHaveText(
      'Trial 600 exceeds Sign-up 480: step conversion 125%'
    );
    await expect(page.getByTestId(ids.dropOff('Trial'))).toHaveCount(0);
    await expect(page.getByTestId(ids.bar('Trial'))).not.toHaveAttribute('data-share');
    // 150 / 1200 = 12.5% of the first; 150 / 600 = 25% of the (impossible) stage before; 450 lost.
    const paid = page.getByTestId(ids.stage('Paid'));
    await expect(paid).toContainText('12.5% of first');
    await expect(paid).toContainText('25% of previous');
    await expect(page.getByTestId(ids.dropOff('Paid'))).toHaveText('450 lost (75%)');
    // Bars are measured against the first stage, not the largest.
    expect(await share(page.getByTestId(ids.bar('Visit')))).toBe(1);
    expect(await share(page.getByTestId(ids.bar('Sign-up')))).toBe(0.4);
    expect(await share(page.getByTestId(ids.bar('Paid')))).toBe(0.125);
    await expect(page.getByLabel(/^Trial: 600, 50% of first stage, 125% of previous stage, problem: /)).toBeVisible();

    expect((await bodyLuminance(page)) > 0.5).toBe(theme === 'light');
    await snap(`journey-funnel-long-${theme}`, { name: `journey-funnel-long-${theme}`, element: hostPanel(page) });
  });
}

test('wide input: one numeric field per stage, in field order, with a display-name override', async ({
  hostPage: page,
  snap,
}) => {
  const overrides = [
    { matcher: { id: 'byName', options: 'Paid' }, properties: [{ id: 'displayName', value: 'Paying customers' }] },
  ];
  await renderFunnel(page, { frames: [wide], theme: 'light', title: 'Wide funnel', fieldConfig: { overrides } });
  expect(await stageOrder(page)).toEqual(['Visit', 'Trial', 'Paid']);
  await expect(page.getByTestId(ids.stage('Visit'))).toContainText('800');
  const trial = page.getByTestId(ids.stage('Trial'));
  await expect(trial).toContainText('200');
  await expect(trial).toContainText('25% of first');
  await expect(trial).toContainText('25% of previous');
  await expect(page.getByTestId(ids.dropOff('Trial'))).toHaveText('600 lost (75%)');
  // 40 / 800 = 5%, 40 / 200 = 20%; the override names the stage.
  const paid = page.getByTestId(ids.stage('Paid'));
  await expect(paid).toContainText('Paying customers');
  await expect(paid).toContainText('40');
  await expect(paid).toContainText('5% of first');
  await expect(paid).toContainText('20% of previous');
  await expect(page.getByTestId(ids.dropOff('Paid'))).toHaveText('160 lost (80%)');
  await snap('journey-funnel-wide', { name: 'journey-funnel-wide', element: hostPanel(page) });
});

test('thresholds colour each stage bar by its count', async ({ hostPage: page }) => {
  // Grafana's ThresholdsMode.Absolute, typed without loading @grafana/data into the test runner.
  const thresholds = {
    mode: 'absolute' as ThresholdsConfig['mode'],
    steps: [
      { value: -Infinity, color: '#ff0000' },
      { value: 100, color: '#00ff00' },
    ],
  };
  await renderFunnel(page, {
    frames: [wide],
    theme: 'dark',
    fieldConfig: { defaults: { color: { mode: 'thresholds' }, thresholds } },
  });
  // 800 and 200 are at or above 100, 40 below.
  await expect(page.getByTestId(ids.bar('Visit'))).toHaveCSS('background-color', 'rgb(0, 255, 0)');
  await expect(page.getByTestId(ids.bar('Trial'))).toHaveCSS('background-color', 'rgb(0, 255, 0)');
  await expect(page.getByTestId(ids.bar('Paid'))).toHaveCSS('background-color', 'rgb(255, 0, 0)');
});

test('the unit of the field config formats the counts, its suffix included', async ({ hostPage: page }) => {
  await renderFunnel(page, {
    frames: [wide],
    theme: 'light',
    fieldConfig: { defaults: { unit: 'suffix: customers' } },
  });
  await expect(page.getByTestId(ids.stage('Visit'))).toContainText('800 customers');
});

for (const theme of themes) {
  test(`the KPI datasource's funnel frame: server conversions, in progress, time to convert, stage KPIs (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    await renderFunnel(page, {
      frames: [kpiFunnelFrame, kpiTimeToConvertFrame],
      theme,
      title: 'Northwind customer journey',
      height: 640,
    });
    expect(await stageOrder(page)).toEqual(['awareness', 'evaluation', 'purchase']);
    const evaluation = page.getByTestId(ids.stage('evaluation'));
    await expect(evaluation).toContainText('Evaluation');
    await expect(evaluation).toContainText('600');
    await expect(evaluation).toContainText('30% of first');
    await expect(evaluation).toContainText('30% of previous');
    await expect(page.getByTestId(ids.dropOff('evaluation'))).toHaveText('1,400 lost (70%)');
    const purchase = page.getByTestId(ids.stage('purchase'));
    await expect(purchase).toContainText('9% of first');
    await expect(purchase).toContainText('30% of previous');
    await expect(page.getByTestId(ids.dropOff('purchase'))).toHaveText('420 lost (70%)');

    // In progress: 60 of evaluation's 600, 36 of purchase's 180, shaded inside their bars.
    await expect(page.getByTestId(ids.inProgress('evaluation'))).toHaveAttribute('style', /width: 10%/);
    await expect(page.getByTestId(ids.inProgress('purchase'))).toHaveAttribute('style', /width: 20%/);
    await expect(page.getByTestId(ids.inProgress('awareness'))).toHaveCount(0);
    await expect(page.getByTestId(ids.legend)).toContainText('in progress');
    await expect(page.getByTestId(ids.legend)).toContainText('previous period');

    // The frame's previous period, change and significance are shown as the server sent them.
    expect(await share(page.getByTestId(ids.ghost('evaluation')))).toBe(0.25);
    expect(await share(page.getByTestId(ids.ghost('purchase')))).toBe(0.1);
    await expect(page.getByTestId(ids.change('evaluation'))).toHaveText('+5 pts vs previous periodsignificant');
    await expect(page.getByTestId(ids.change('purchase'))).toHaveText('−1 pts vs previous period');

    await expect(page.getByTestId(ids.timeToConvert('evaluation'))).toContainText('Median time to convert 2.5 days');
    await expect(page.getByTestId(ids.timeToConvert('purchase'))).toContainText('Median time to convert 7 days');
    await expect(
      page.getByRole('img', { name: 'Time to convert to Evaluation: ≤ 1 day: 250, ≤ 7 days: 300, > 7 days: 50' })
    ).toBeVisible();

    // Stage KPIs: value / target and the status in words.
    const trialToPaid = page.getByTestId(ids.kpi('evaluation', 'customer.trial-to-paid'));
    await expect(trialToPaid).toHaveText('Trial to paid18% / 25%At risk');
    await expect(page.getByTestId(ids.kpi('purchase', 'customer.new-customers'))).toHaveText(
      'New customers42 customers / 40 customersOn track'
    );

    expect((await bodyLuminance(page)) > 0.5).toBe(theme === 'light');
    await snap(
      `journey-funnel-kpi-frame-${theme}`,
      theme === 'light' ? { name: 'journey-funnel-kpi-frame', element: hostPanel(page) } : undefined
    );

    // The tooltip: both conversions with the frame's intervals, the time to convert and who is in progress.
    await evaluation.getByLabel(/^Evaluation: 600, /).focus();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toContainText('30% (95% CI 26.5–33.7%)');
    await expect(tooltip).toContainText('median 2.5 days, mean 3 days');
    await expect(tooltip).toContainText('In progress60');
    await expect(tooltip).toContainText('Previous period475 (25% of first)');
    await expect(tooltip).toContainText('Trial to paid18% of target 25%');
    await snap(
      `journey-funnel-tooltip-${theme}`,
      theme === 'dark' ? { name: 'journey-funnel-tooltip', element: hostPanel(page) } : undefined
    );
  });
}

test('a breakdown field draws grouped bars, each value against its own first stage', async ({
  hostPage: page,
  snap,
}) => {
  await renderFunnel(page, { frames: [longBySegment], theme: 'light', title: 'Funnel by segment' });
  const grouped = page.getByTestId(ids.grouped);
  await expect(grouped).toBeVisible();
  expect(await stageOrder(grouped)).toEqual(['Visit', 'Sign-up', 'Paid']);
  await expect(page.getByTestId(ids.legend)).toContainText('web');
  await expect(page.getByTestId(ids.legend)).toContainText('app');
  // web: 240 of 600 = 40%, 60 of 600 = 10%; app: 100 of 400 = 25%, 20 of 400 = 5%.
  expect(await share(page.getByTestId(ids.bar('Sign-up-web')))).toBe(0.4);
  expect(await share(page.getByTestId(ids.bar('Sign-up-app')))).toBe(0.25);
  expect(await share(page.getByTestId(ids.bar('Paid-web')))).toBe(0.1);
  expect(await share(page.getByTestId(ids.bar('Paid-app')))).toBe(0.05);
  const signup = page.getByTestId(ids.stage('Sign-up'));
  await expect(signup).toContainText('240 · 40%');
  await expect(signup).toContainText('100 · 25%');
  await expect(page.getByLabel('app, Paid: 20, 5% of first stage, 20% of previous stage')).toBeVisible();
  await snap('journey-funnel-breakdown-grouped', {
    name: 'journey-funnel-breakdown-grouped',
    element: hostPanel(page),
  });
});

test('small multiples: the whole funnel first, then one funnel per breakdown value', async ({
  hostPage: page,
  snap,
}) => {
  await renderFunnel(page, {
    frames: [longBySegment],
    theme: 'dark',
    title: 'Funnel by segment',
    width: 960,
    options: { breakdownMode: 'multiples' },
  });
  await expect(page.getByTestId(ids.multiples)).toBeVisible();
  await expect(page.getByTestId(/^data-testid journey-funnel-multiple-/)).toHaveCount(3);
  const all = page.getByTestId(ids.multiple(0));
  await expect(all.getByRole('heading')).toHaveText('All');
  // All: 1000 → 340 (34%) → 80 (8% of first, 80 / 340 = 23.5% of previous).
  await expect(all.getByTestId(ids.stage('Visit'))).toContainText('1000');
  await expect(all.getByTestId(ids.stage('Sign-up'))).toContainText('34% of first');
  await expect(all.getByTestId(ids.stage('Paid'))).toContainText('8% of first');
  await expect(all.getByTestId(ids.stage('Paid'))).toContainText('23.5% of previous');
  const web = page.getByTestId(ids.multiple(1));
  await expect(web.getByRole('heading')).toHaveText('web');
  await expect(web.getByTestId(ids.stage('Sign-up'))).toContainText('40% of first');
  await expect(web.getByTestId(ids.dropOff('Sign-up'))).toHaveText('360 lost (60%)');
  const app = page.getByTestId(ids.multiple(2));
  await expect(app.getByRole('heading')).toHaveText('app');
  await expect(app.getByTestId(ids.stage('Paid'))).toContainText('5% of first');
  await expect(app.getByTestId(ids.stage('Paid'))).toContainText('20% of previous');
  await snap('journey-funnel-breakdown-multiples', {
    name: 'journey-funnel-breakdown-multiples',
    element: hostPanel(page),
  });
});

test('the previous period: ghost bars, change in points and the significance mark', async ({
  hostPage: page,
  snap,
}) => {
  await renderFunnel(page, { frames: [longWithPrevious], theme: 'light', title: 'Funnel against last month' });
  // Sign-up 40% now against 30% before; pooled two-proportion z = 0.1 / 0.0213 ≈ 4.7 > 1.96: significant.
  expect(await share(page.getByTestId(ids.ghost('Sign-up')))).toBe(0.3);
  await expect(page.getByTestId(ids.change('Sign-up'))).toHaveText('+10 pts vs previous periodsignificant');
  // Paid 10% against 9.5%; z = 0.005 / 0.0133 ≈ 0.38: not significant.
  expect(await share(page.getByTestId(ids.ghost('Paid')))).toBe(0.095);
  await expect(page.getByTestId(ids.change('Paid'))).toHaveText('+0.5 pts vs previous period');
  await expect(page.getByTestId(ids.legend)).toContainText('previous period');
  await expect(
    page.getByLabel(
      'Sign-up: 400, 40% of first stage, 40% of previous stage, +10 pts against the previous period, significant'
    )
  ).toBeVisible();
  await snap('journey-funnel-compare', { name: 'journey-funnel-compare', element: hostPanel(page) });

  await renderFunnel(page, { frames: [longWithPrevious], theme: 'light', options: { showPrevious: false } });
  await expect(page.getByTestId(ids.stage('Sign-up'))).toContainText('40% of first');
  await expect(page.getByTestId(ids.ghost('Sign-up'))).toHaveCount(0);
  await expect(page.getByTestId(ids.change('Sign-up'))).toHaveCount(0);
});

test('30 stages by 8 segments stay readable: every stage in order, every segment, names apart', async ({
  hostPage: page,
  snap,
}) => {
  await renderFunnel(page, {
    frames: [generateFunnel()],
    theme: 'light',
    title: '30 stages by 8 segments',
    width: 1200,
    height: 760,
  });
  const grouped = page.getByTestId(ids.grouped);
  await expect(grouped).toBeVisible();
  const expected = Array.from({ length: 30 }, (_, k) => `Step ${String(k + 1).padStart(2, '0')}`);
  expect(await stageOrder(grouped)).toEqual(expected);
  for (const segment of FUNNEL_SEGMENTS) {
    await expect(page.getByTestId(ids.legend).getByText(segment, { exact: true })).toBeVisible();
  }
  for (const key of ['Step 01', 'Step 15', 'Step 30']) {
    // stages below the fold mount their bars as they scroll near
    await page.getByTestId(ids.stage(key)).scrollIntoViewIfNeeded();
    await expect(page.getByTestId(ids.stage(key)).getByTestId(/^data-testid journey-funnel-bar-/)).toHaveCount(8);
  }
  // web starts at 8000 and keeps 93% per step: 7440 at step 2; referral starts at 3100, 378 (12.2%) at step 30.
  await expect(page.getByTestId(ids.stage('Step 02'))).toContainText('7440 · 93%');
  const last = page.getByTestId(ids.stage('Step 30'));
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  await expect(last).toContainText('378 · 12.2%');

  // Stage names and segment labels: never smaller than 11 px, never overlapping the next one.
  const boxes = await grouped
    .locator('li[data-testid] > span')
    .evaluateAll((spans) =>
      spans.map((s) => ({ ...s.getBoundingClientRect().toJSON(), font: parseFloat(getComputedStyle(s).fontSize) }))
    );
  expect(boxes).toHaveLength(30);
  boxes.forEach((box, i) => {
    expect(box.font).toBeGreaterThanOrEqual(11);
    expect(box.height).toBeGreaterThan(0);
    const next = boxes[i + 1];
    if (next) {
      expect(next.top).toBeGreaterThanOrEqual(box.bottom);
    }
  });
  await page.getByTestId(ids.stage('Step 01')).scrollIntoViewIfNeeded();
  await snap('journey-funnel-30-stages', { name: 'journey-funnel-30-stages', element: hostPanel(page) });
});

test('no frames or no rows: the empty state, not an error', async ({ hostPage: page }) => {
  await renderFunnel(page, { frames: [], theme: 'light' });
  await expect(page.getByTestId(ids.empty)).toContainText('No data: the query returned no frames.');
  await expect(page.getByTestId(ids.root)).toHaveCount(0);

  const noRows: FrameSpec = {
    ...longWithImpossible,
    fields: longWithImpossible.fields.map((f) => ({ ...f, values: [] })),
  };
  await renderFunnel(page, { frames: [noRows], theme: 'dark' });
  await expect(page.getByTestId(ids.empty)).toContainText('No data: the query returned no rows.');
  await expect(page.getByTestId(ids.error)).toHaveCount(0);
});

test('a configured field the data lacks: the message names it and the fields there are', async ({
  hostPage: page,
  snap,
}) => {
  await renderFunnel(page, { frames: [longWithImpossible], theme: 'light', options: { stageField: 'step' } });
  const error = page.getByTestId(ids.error);
  await expect(error).toContainText('Cannot draw a funnel from this data');
  await expect(error).toContainText('The stage field "step" is not in the data. Fields: "stage", "value".');
  await expect(page.getByTestId(ids.bars)).toHaveCount(0);
  await snap('journey-funnel-error', { name: 'journey-funnel-error', element: hostPanel(page) });

  await renderFunnel(page, {
    frames: [longWithImpossible],
    theme: 'light',
    options: { layout: 'long', valueField: 'customers' },
  });
  await expect(page.getByTestId(ids.error)).toContainText(
    'The value field "customers" is not in the data. Fields: "stage", "value".'
  );

  await renderFunnel(page, {
    frames: [wide],
    theme: 'light',
    options: { layout: 'wide', wideFields: ['Visit', 'Checkout'] },
  });
  await expect(page.getByTestId(ids.error)).toContainText(
    'The stage field "Checkout" is not a numeric field of the data. Fields: "Visit", "Trial", "Paid".'
  );
});

test('a small panel lists the stages compactly with count and share of the first', async ({ hostPage: page, snap }) => {
  await renderFunnel(page, { frames: [longWithImpossible], theme: 'light', width: 280, height: 220, title: 'Small' });
  const compact = page.getByTestId(ids.compact);
  await expect(compact).toBeVisible();
  await expect(page.getByTestId(ids.bars)).toHaveCount(0);
  expect(await stageOrder(compact)).toEqual(['Visit', 'Sign-up', 'Trial', 'Paid']);
  await expect(page.getByTestId(ids.stage('Visit'))).toHaveText('Visit1200100%');
  await expect(page.getByTestId(ids.stage('Sign-up'))).toHaveText('Sign-up48040%');
  await expect(page.getByTestId(ids.stage('Paid'))).toHaveText('Paid15012.5%');
  await expect(
    compact.getByLabel(
      'Trial: 600, 50% of first stage, 125% of previous stage, problem: Trial 600 exceeds Sign-up 480: step conversion 125%'
    )
  ).toBeVisible();
  await snap('journey-funnel-compact', { name: 'journey-funnel-compact', element: hostPanel(page) });
});

const withStageLink: FrameSpec = {
  ...longWithImpossible,
  fields: longWithImpossible.fields.map((f) =>
    f.name === 'value'
      ? { ...f, config: { links: [{ title: 'Stage details', url: `${LINK_HOST}/stages/\${__data.fields.stage}` }] } }
      : f
  ),
};

test("a click on a stage follows the stage's data link, interpolated with its row", async ({ hostPage: page }) => {
  await page.route(`${LINK_HOST}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Stage details</h1>' })
  );
  await renderFunnel(page, { frames: [withStageLink], theme: 'light' });
  const signup = page.getByRole('link', { name: /^Sign-up: 480, / });
  await expect(signup).toHaveAttribute('href', `${LINK_HOST}/stages/Sign-up`);
  await expect(signup).toHaveAttribute('title', 'Stage details');
  await expect(page.getByRole('link', { name: /^Paid: 150, / })).toHaveAttribute('href', `${LINK_HOST}/stages/Paid`);
  await page.getByTestId(ids.bar('Sign-up')).click();
  await page.waitForURL(`${LINK_HOST}/stages/Sign-up`);
  await expect(page.getByRole('heading', { name: 'Stage details' })).toBeVisible();
});

test('the keyboard reaches each stage in order and Enter follows its link', async ({ page }) => {
  await page.route(`${LINK_HOST}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Stage details</h1>' })
  );
  await page.goto(`${hostUrl()}/test`);
  await page.evaluate(() => window.hostReady);
  await renderFunnel(page, { frames: [withStageLink], theme: 'dark' });
  await expect(page.getByTestId(ids.root)).toBeVisible();
  const visit = page.getByRole('link', { name: /^Visit: 1200, / });
  await visit.focus();
  await expect(page.getByRole('tooltip')).toContainText('Count1200');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /^Sign-up: 480, / })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /^Paid: 150, / })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL(`${LINK_HOST}/stages/Paid`);
  await expect(page.getByRole('heading', { name: 'Stage details' })).toBeVisible();
});
