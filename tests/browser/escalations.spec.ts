// Escalations on the demo: the people-health policy opens one per KPI at start, the demo receiver gets the notice,
// the Escalations page shows them with their delivery, and the scorecard panel marks the KPIs; both themes.
import { testIds } from '../../app/testIds';
import { expect, test } from './fixtures';
import { DEMO_RECEIVER_URL } from './demo-receiver';
import { openApp, THEMES } from './app-pages-support';

const SLOW = { timeout: 60_000 };
const ids = testIds.escalations;
const KPIS = ['learning.regretted-attrition', 'learning.certified-staff'];

interface Listed {
  id: string;
  kpi: string;
  kpiName: string;
  policy: string;
}

async function demoEscalations(): Promise<Listed[]> {
  const res = await fetch(`${process.env.KPI_URL}/api/v1/escalations?policy=people-health`, {
    headers: { authorization: `Bearer ${process.env.KPI_TOKEN}` },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { escalations: Listed[] }).escalations;
}

interface Received {
  body: { reason?: string; kpi?: { id: string } };
}

test('the demo policy opens an escalation for each people KPI and the demo receiver gets each opening', async () => {
  await expect.poll(async () => (await demoEscalations()).map((e) => e.kpi).sort(), SLOW).toEqual([...KPIS].sort());
  const received = async () => {
    const res = await fetch(`${DEMO_RECEIVER_URL}/received`);
    return ((await res.json()) as Received[]).filter((r) => r.body.reason === 'opened');
  };
  // each host's KPI server notifies the one demo receiver, so a KPI's opening may arrive once per server
  await expect
    .poll(async () => [...new Set((await received()).map((r) => r.body.kpi?.id))].sort(), SLOW)
    .toEqual([...KPIS].sort());
});

for (const theme of THEMES) {
  test(`the Escalations page lists the demo's escalations with the delivery to the people team (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    test.slow();
    await expect.poll(async () => (await demoEscalations()).length, SLOW).toBe(2);
    const [first] = (await demoEscalations()).filter((e) => e.kpi === 'learning.regretted-attrition');
    await openApp(page, 'escalations?state=unresolved&kpi=learning.regretted-attrition', theme, {
      login: 'olivia',
      role: 'Editor',
    });
    const list = page.getByTestId(ids.list);
    await expect(list).toContainText(first?.kpiName ?? 'Regretted attrition', SLOW);
    await expect(list).toContainText('below target 2 of the last 3 periods');
    await page.getByTestId(ids.select(first?.id ?? '')).click();
    const detail = page.getByTestId(ids.detail);
    await expect(detail).toContainText('people-team', SLOW);
    await expect(detail).toContainText(/delivered/);
    await expect(page.getByTestId(ids.ack)).toBeVisible();
    await snap(`app-escalations-${theme}`, { name: `app-escalations-${theme}` });
  });

  test(`the scorecard panel marks the escalated KPIs from the Escalations annotation (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    await expect.poll(async () => (await demoEscalations()).length, SLOW).toBe(2);
    const result = await page.evaluate((r) => window.host.renderDashboard(r), { uid: 'scorecard-balanced', theme });
    expect(result.panels.find((p) => p.id === 1)?.status).toBe('ok');
    const panel = page.locator('[data-panel-id="1"]');
    await expect(panel.getByRole('img', { name: /^Escalation open: level 1 since / })).toHaveCount(2, SLOW);
    await snap(`balanced-scorecard-escalations-${theme}`, { name: `balanced-scorecard-escalations-${theme}` });
  });
}
