// Governance against the real KPI server: a four-eyes approval by a second Grafana user, a Viewer refused,
// a freeze window created through the page, the audit log and its verification, in both themes.
import { type Locator, type Page } from '@playwright/test';
import { testIds } from '../../app/testIds';
import { expect, test } from './fixtures';
import { asUser, kpiDocument, openApp, postTo, proposeKpi, THEMES, type Theme, uniqueId } from './app-pages-support';

const ids = testIds.governance;
const SLOW = { timeout: 60_000 };
const DAY = 86_400_000;

/** The log comes newest first: loads older pages until `row` shows (other specs write to the same server meanwhile). */
async function loadAuditUntil(page: Page, row: Locator): Promise<void> {
  await expect(page.getByTestId(ids.audit).getByRole('row').nth(1)).toBeVisible(SLOW);
  const older = page.getByTestId(ids.auditMore);
  while ((await row.count()) === 0 && (await older.count()) > 0) {
    const label = (await older.textContent()) ?? '';
    await older.click();
    await expect
      .poll(async () => ((await older.count()) === 0 ? 'gone' : await older.textContent()), SLOW)
      .not.toMatch(new RegExp(`^(${label.replace(/[()#]/g, '\\$&')}|Loading…)$`));
  }
}

/** 'YYYY-MM-DD HH:mm:ss' of the browser's clock, as the DateTimePicker reads it. */
const pickerTime = (page: Page, ms: number) =>
  page.evaluate((t) => {
    const d = new Date(t);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} 00:00:00`;
  }, ms);

async function proposeFourEyes(theme: Theme): Promise<{ id: string; key: string }> {
  const id = uniqueId('four-eyes', theme);
  const alice = await asUser('alice', 'Editor');
  const version = await proposeKpi(alice, kpiDocument(id, 80, true));
  await alice.dispose();
  return { id, key: `KPI-${id}-${version}` };
}

for (const theme of THEMES) {
  test(`a four-eyes proposal: its author may not approve, a Viewer is refused, a second Admin approves (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    test.slow(); // seeds through the proxy, renders as several users and reads the whole audit log
    const { id, key } = await proposeFourEyes(theme);

    await openApp(page, 'governance', theme, { login: 'alice', role: 'Admin' });
    await expect(page.getByTestId(ids.user)).toContainText('alice');
    await expect(page.getByTestId(ids.approve(key))).toBeDisabled(SLOW);
    await expect(page.getByTestId(ids.approveBlocked(key))).toHaveText(
      'four-eyes: someone other than alice must approve'
    );

    await openApp(page, 'governance', theme, { login: 'victor', role: 'Viewer' });
    await expect(page.getByTestId(ids.approve(key))).toBeDisabled(SLOW);
    await expect(page.getByTestId(ids.reject(key))).toBeDisabled();
    await expect(page.getByTestId(ids.approveBlocked(key))).toHaveText(
      'Approving needs the Admin role in Grafana (approver on the KPI server); you are Viewer'
    );
    const victor = await asUser('victor', 'Viewer');
    const refused = await postTo(victor, 'admin', `kpis/${id}/versions/1/approve`, {});
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain('plugin proxy route access denied');
    await victor.dispose();

    await openApp(page, 'governance', theme, { login: 'bob', role: 'Admin' });
    const card = page.getByTestId(ids.proposal(key));
    await expect(card).toContainText('four-eyes', SLOW);
    await expect(card).toContainText('by alice');
    await expect(page.getByTestId(ids.approve(key))).toBeEnabled();
    await card.scrollIntoViewIfNeeded();
    await snap(`app-governance-inbox-${theme}`, { name: `app-governance-inbox-${theme}`, element: card });
    await page.getByTestId(ids.comment(key)).fill('Checked against the survey tool: fine.');
    await page.getByTestId(ids.approve(key)).click();
    await expect(card).toHaveCount(0, SLOW);

    await page.getByTestId(ids.tab('audit')).click();
    const approval = page
      .getByTestId(ids.audit)
      .getByRole('row')
      .filter({ hasText: `KPI ${id} v1` })
      .filter({ has: page.getByRole('cell', { name: 'approve', exact: true }) });
    await loadAuditUntil(page, approval);
    await expect(approval.getByRole('cell', { name: 'bob', exact: true })).toBeVisible();
  });

  test(`an Admin creates a freeze window on the timeline; the audit chain verifies intact (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    test.slow(); // seeds a KPI, fills the freeze form and verifies the whole chain on a shared, busy server
    const { id: kpiId } = await proposeFourEyes(theme);
    const windowId = uniqueId('freeze', theme);
    await openApp(page, 'governance', theme, { login: 'bob', role: 'Admin' });
    await page.getByTestId(ids.tab('freeze')).click();
    await page.getByTestId(ids.freezeNew).click(SLOW);
    const form = page.getByTestId(ids.freezeForm);
    await form.getByTestId(ids.freezeField('id')).fill(windowId);
    // After the demo's windows (until April 2027), so the Overview's "next" stays the demo's.
    const from = Date.UTC(2027, 5, 1) + Math.max(0, Date.now() - Date.UTC(2026, 11, 1));
    const inputs = form.getByTestId('data-testid date-time-input');
    await inputs.nth(0).fill(await pickerTime(page, from));
    await inputs.nth(0).blur();
    await inputs.nth(1).fill(await pickerTime(page, from + 7 * DAY));
    await inputs.nth(1).blur();
    const kpis = form.getByTestId(ids.freezeField('kpis'));
    await kpis.click();
    // Typing before the ids have loaded loses characters: wait for the options first.
    await expect(page.getByRole('option').first()).toBeVisible(SLOW);
    await kpis.fill(kpiId);
    await page.getByRole('option', { name: kpiId, exact: true }).click();
    await page.keyboard.press('Escape');
    await form.getByTestId(ids.freezeField('reason')).fill('Browser test: no change to this KPI that week.');
    await expect(page.getByTestId(ids.freezeProblems)).toHaveCount(0);
    await page.getByTestId(ids.freezeSave).click();

    await expect(page.getByTestId(ids.freezeMessage)).toContainText(
      `Freeze window ${windowId} created and approved`,
      SLOW
    );
    await expect(page.getByTestId(ids.timelineBar(windowId))).toBeVisible(SLOW);
    await expect(page.getByTestId(ids.freezeRow(windowId))).toContainText('upcoming');
    await expect(page.getByTestId(ids.freezeRow(windowId))).toContainText(kpiId);
    await snap(`app-governance-freeze-${theme}`, { name: `app-governance-freeze-${theme}` });

    await page.getByTestId(ids.tab('audit')).click();
    await page.getByTestId(ids.verify).click();
    // The page's word for an intact chain (the Overview says "Intact"): every entry and version checked.
    await expect(page.getByTestId(ids.verifyResult)).toContainText(
      /^Chain verified: \d+ entries, \d+ versions checked/,
      SLOW
    );
    await expect(page.getByTestId(ids.verifyProblem(0))).toHaveCount(0);
    await expect(page.getByTestId(ids.verifyHead)).toHaveText(/^\d+:[0-9a-f]{64}$/);
    await expect(page.getByTestId(ids.audit).getByRole('row').nth(1)).toBeVisible(SLOW);
    await snap(`app-governance-audit-${theme}`, { name: `app-governance-audit-${theme}` });
  });
}
