import { expect, openApp, test } from './fixtures';
import type { Page } from '@playwright/test';

const value = async (page: Page, selector: string) =>
  Number(await page.locator(selector).first().getAttribute('data-value'));
const reasonCalls = (page: Page, name: string) =>
  value(page, `.reason-card[data-key="${name}"]:not(.reason-merged) [data-figure="taxonomy.reason_calls"]`);

async function openTaxonomy(page: Page, language: 'en' | 'zh-CN'): Promise<void> {
  await openApp(page, language);
  await page.getByTestId('try-sample').click();
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599', { timeout: 30_000 });
  await page.getByTestId('nav-taxonomy').click();
  await expect(page.getByTestId('taxonomy')).toBeVisible({ timeout: 30_000 });
}

test('merge two reasons, see coverage and counts move, apply, export and import back', async ({ page }) => {
  await openTaxonomy(page, 'en');
  await expect(page).toHaveURL(/#\/taxonomy$/);
  // Built from the sample's mapping: every code maps, nothing is "other" → coverage 0.
  await expect(page.getByTestId('taxonomy-coverage')).toHaveAttribute('data-value', '0');
  const billBefore = await reasonCalls(page, 'Bill explanation');
  const whereBefore = await reasonCalls(page, 'Where is my bill');
  const r01 = await value(page, '[data-testid="code-R01"] [data-figure="taxonomy.code_calls"]');
  const r25 = await value(page, '[data-testid="code-R25"] [data-figure="taxonomy.code_calls"]');
  // the sample already merges R25 into R01: Bill explanation counts both; R25 had 117 + 103 + 76 = 296 calls
  expect(r25).toBe(296);
  expect(billBefore).toBe(r01 + r25);
  await page.screenshot({ path: 'test-results/taxonomy-en.png', fullPage: true });

  const where = page.locator('.reason-card[data-key="Where is my bill"]');
  await where.getByTestId('merge-open').click();
  await where.getByTestId('merge-target').selectOption({ label: 'Billing › Bill explanation' });
  await where.getByTestId('merge-do').click();
  // after the merge: Bill explanation = its calls before + Where is my bill's
  await expect.poll(() => reasonCalls(page, 'Bill explanation')).toBe(billBefore + whereBefore);
  await expect(page.locator('.reason-card[data-key="Where is my bill"]')).toContainText(
    'merged into "Bill explanation"',
  );

  // dragging R08 out to the unmapped codes: coverage = R08's calls ÷ 30,599 offered
  const r08 = await value(page, '[data-testid="code-R08"] [data-figure="taxonomy.code_calls"]');
  // (the drag events dispatched with one DataTransfer, as a mouse drag fires them)
  const transfer = await page.evaluateHandle(() => new DataTransfer());
  await page.getByTestId('code-R08').dispatchEvent('dragstart', { dataTransfer: transfer });
  await page.getByTestId('unmapped').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.getByTestId('unmapped').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByTestId('taxonomy-coverage')).toHaveAttribute('data-value', String(r08 / 30_599));
  // and back with the keyboard alternative: pick its reason in the list
  await page
    .getByTestId('code-R08')
    .getByRole('combobox')
    .selectOption({ label: 'Technical fault › System slow or outage' });
  await expect(page.getByTestId('taxonomy-coverage')).toHaveAttribute('data-value', '0');

  await page.getByTestId('taxonomy-apply').click();
  await expect(page.getByTestId('taxonomy-state')).toHaveText(/Applied/, { timeout: 30_000 });
  const applied = await page.evaluate(async () => {
    const engine = await window.callsight!.engine();
    const r = await engine.query(
      window.callsight!.raw(`select count(*)::int as n from canonical.calls where reason = 'Bill explanation'`),
    );
    return Number(r.rows[0]!.n);
  });
  expect(applied).toBe(billBefore + whereBefore);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('taxonomy-export-csv').click()]);
  const csvPath = await csv.path();
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('taxonomy-export-json').click()]);
  const jsonPath = await json.path();

  // a corrupt file changes nothing and says what, where and what to do
  await page.getByTestId('taxonomy-import').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"type":"callsight/taxonomy","version":1,'),
  });
  await expect(page.getByTestId('taxonomy-notice')).toContainText('broken.json is not valid JSON');
  await expect(page.getByTestId('taxonomy-notice')).toContainText('Your current taxonomy is unchanged.');
  expect(await reasonCalls(page, 'Bill explanation')).toBe(billBefore + whereBefore);

  for (const path of [csvPath, jsonPath]) {
    await page.getByTestId('taxonomy-import').setInputFiles(path);
    await expect(page.getByTestId('taxonomy-notice')).toContainText('Imported 26 reasons and 26 codes');
    await expect.poll(() => reasonCalls(page, 'Bill explanation')).toBe(billBefore + whereBefore);
    await expect(page.locator('.reason-card[data-key="Where is my bill"]')).toContainText('merged into');
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/taxonomy-en-390.png', fullPage: true });
  await page.getByTestId('taxonomy').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/taxonomy-en-390-top.png' });
});

test('the taxonomy in Chinese, with a flag for near-duplicate names', async ({ page }) => {
  await openTaxonomy(page, 'zh-CN');
  await expect(page.getByRole('heading', { name: '来电原因体系' })).toBeVisible();
  await page.getByTestId('add-reason-name').fill('账单解释 ');
  await page.getByRole('button', { name: '添加', exact: true }).click();
  await expect(page.locator('[data-flag="same-name"]')).toContainText('“账单解释”与“账单解释”名称相同');
  await page.screenshot({ path: 'test-results/taxonomy-zh.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/taxonomy-zh-390.png', fullPage: true });
  await page.getByTestId('taxonomy').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/taxonomy-zh-390-top.png' });
});

test('an applied taxonomy is kept on the device and applied again after a reload', async ({ page }) => {
  await openTaxonomy(page, 'en');
  const where = page.locator('.reason-card[data-key="Where is my bill"]');
  const expected = (await reasonCalls(page, 'Bill explanation')) + (await reasonCalls(page, 'Where is my bill'));
  await where.getByTestId('merge-open').click();
  await where.getByTestId('merge-target').selectOption({ label: 'Billing › Bill explanation' });
  await where.getByTestId('merge-do').click();
  await page.getByTestId('taxonomy-apply').click();
  await expect(page.getByTestId('taxonomy-state')).toHaveText(/Applied/, { timeout: 30_000 });
  await page.reload();
  await expect(page.getByTestId('taxonomy')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('taxonomy')).toContainText('Saved on this device.');
  await expect(page.getByTestId('taxonomy-state')).toHaveText(/Applied/);
  // the engine's tables do not outlive the tab: the stored taxonomy was written and the views rebuilt again
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const engine = await window.callsight!.engine();
          const r = await engine.query(
            window.callsight!.raw(`select count(*)::int as n from canonical.calls where reason = 'Bill explanation'`),
          );
          return Number(r.rows[0]!.n);
        }),
      { timeout: 60_000 },
    )
    .toBe(expected);
});
