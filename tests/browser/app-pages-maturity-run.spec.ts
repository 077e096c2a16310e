// An assessment run through the pages on a model of the spec's own: an Admin creates the cycle, two assessors
// answer (one by keyboard), the lead settles the one dispute and releases, the results show; both themes.
import { type Page } from '@playwright/test';
import { testIds } from '../../app/testIds';
import { expect, test } from './fixtures';
import { openApp, THEMES, type Theme } from './app-pages-support';
import { applyE2eModel, hex } from './maturity-support';

const SLOW = { timeout: 60_000 };
const { cycles, assess, calibration, results, maturity } = testIds;

async function pick(page: Page, combobox: string, option: string): Promise<void> {
  const input = page.getByTestId(combobox);
  await input.click();
  await input.fill(option);
  await page.getByRole('option', { name: option }).first().click();
}

const LABEL: Record<string, string> = { met: 'met', partial: 'partial', 'not-met': 'not met', 'n/a': 'n/a' };

/** Answers through the form by clicking; the save status says when the server has every answer. */
async function answer(page: Page, answers: Record<string, string>): Promise<void> {
  for (const [criterion, value] of Object.entries(answers)) {
    const card = page.getByTestId(assess.criterion(criterion));
    await card.getByRole('radio', { name: LABEL[value], exact: true }).check();
  }
  await expect(page.getByTestId(assess.saveStatus)).toContainText('All changes saved', SLOW);
}

async function createCycle(page: Page, theme: Theme, model: string, unit: string, year: number): Promise<void> {
  await openApp(page, 'maturity', theme, { login: 'mara', role: 'Admin' });
  await page.getByTestId(cycles.create).click();
  await expect(page.getByTestId(cycles.createForm)).toBeVisible(SLOW);
  await pick(page, cycles.field('model'), model);
  await pick(page, cycles.field('unit'), unit);
  await expect(page.getByTestId(cycles.field('id'))).toHaveValue(`${unit}-${year}`);
  const assessors = page.getByTestId(cycles.field('assessors')).getByRole('textbox');
  for (const name of ['anna', 'ben']) {
    await assessors.fill(name);
    await assessors.press('Enter');
  }
  await pick(page, cycles.field('lead'), 'carol');
  await page.getByTestId(cycles.submit).click();
  await expect(page.getByTestId(maturity.header)).toContainText(`${unit} · ${year}`, SLOW);
  await expect(page.getByTestId(maturity.state)).toHaveText('open');
}

for (const theme of THEMES) {
  test(`an assessment run: create, answer, settle the dispute, release, read the results (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    test.slow(); // four users in turn, each through the pages
    const model = await applyE2eModel();
    const unit = `e2e-${theme}-${hex()}`;
    const year = new Date().getUTCFullYear();
    const id = `${unit}-${year}`;
    await createCycle(page, theme, model, unit, year);

    // anna: the evidence criterion comes answered (the demo's corporate scorecard covers all four perspectives)
    await openApp(page, `maturity/${id}`, theme, { login: 'anna', role: 'Viewer' });
    await expect(page.getByTestId(assess.root)).toBeVisible(SLOW);
    await expect(page.getByTestId(assess.evidence('l-repeatable'))).toContainText('met');
    await answer(page, { 'l-basic': 'met', 'l-measured': 'not-met', 'a-basic': 'met' });
    await page.getByTestId(assess.criterion('a-repeatable')).focus();
    await page.keyboard.press('2');
    await expect(page.getByTestId(assess.saveStatus)).toContainText('All changes saved', SLOW);
    await page.getByTestId(assess.note('a-repeatable')).fill('Tracked for enterprise accounts only.');
    await expect(page.getByTestId(assess.saveStatus)).toContainText('All changes saved', SLOW);
    await expect(page.getByTestId(assess.progress)).toContainText('5 of 5');
    await snap(`app-maturity-assess-${theme}`, { name: `app-maturity-assess-${theme}` });

    // ben disagrees on one criterion: with two assessors there is no majority, so it is disputed
    await openApp(page, `maturity/${id}`, theme, { login: 'ben', role: 'Editor' });
    await expect(page.getByTestId(assess.root)).toBeVisible(SLOW);
    await answer(page, { 'l-basic': 'met', 'l-measured': 'not-met', 'a-basic': 'met', 'a-repeatable': 'met' });
    await expect(page.getByTestId(maturity.state)).toHaveText('calibration', SLOW);

    // carol, the lead, lands on calibration: every assessor's answer and note, then settles and releases
    await openApp(page, `maturity/${id}`, theme, { login: 'carol', role: 'Viewer' });
    const disputed = page.getByTestId(calibration.disputed('a-repeatable'));
    await expect(disputed).toBeVisible(SLOW);
    await expect(page.getByTestId(calibration.answer('a-repeatable', 'anna'))).toContainText('Tracked for enterprise');
    await expect(page.getByTestId(calibration.answer('a-repeatable', 'ben'))).toContainText(/met/i);
    await expect(page.getByTestId(calibration.release)).toBeDisabled();
    await snap(`app-maturity-calibration-${theme}`, { name: `app-maturity-calibration-${theme}` });
    await disputed.getByRole('radio', { name: 'met', exact: true }).check();
    await page
      .getByTestId(calibration.settleNote('a-repeatable'))
      .fill('Tracked to closure in every region since May.');
    await page.getByTestId(calibration.settleOne('a-repeatable')).click();
    await expect(page.getByTestId(calibration.settled('a-repeatable'))).toContainText('met', SLOW);
    await expect(page.getByTestId(calibration.release)).toBeEnabled();
    await page.getByTestId(calibration.release).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /release/i })
      .click();
    await expect(page.getByTestId(maturity.state)).toHaveText('released', SLOW);

    // both dimensions reach the middle stage; listening's next step is its measured criterion
    await page.getByTestId(maturity.tab('results')).click();
    await expect(page.getByTestId(results.root)).toBeVisible(SLOW);
    await expect(page.getByTestId(results.headline)).toContainText('Repeatable');
    await expect(page.getByTestId(results.nextSteps('listening'))).toContainText(
      'Feedback trends are reviewed every month.'
    );
    await expect(page.getByTestId(results.change('listening'))).toContainText('new');
    await snap(`app-maturity-run-results-${theme}`);
  });
}
