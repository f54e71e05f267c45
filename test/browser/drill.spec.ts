import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

async function figure(page: Page, name: string): Promise<number> {
  return Number(await page.locator(`[data-figure="${name}"]`).getAttribute('data-value'));
}

async function engineNumber(page: Page, text: string): Promise<number> {
  return page.evaluate(async (statement) => {
    const engine = await window.callsight!.engine();
    const result = await engine.query(window.callsight!.raw(statement));
    return Number(Object.values(result.rows[0] ?? {})[0]);
  }, text);
}

async function loadSample(page: Page, language: 'en' | 'zh-CN') {
  await openApp(page, language);
  await page.getByTestId('try-sample').click();
  // calls.csv holds 30,599 calls, all offered with no filter.
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599', { timeout: 30_000 });
}

test('a tile opens exactly its calls: count, the middle of the list, sorting, a customer', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await loadSample(page, 'en');
  await page.getByTestId('kpi-offered-drill').click();
  const grid = page.getByTestId('drill-grid');
  await expect(grid.locator('[data-figure="drill.rows"]')).toBeVisible();
  expect(await figure(page, 'drill.rows')).toBe(await figure(page, 'overview.offered'));
  expect(await figure(page, 'drill.rows')).toBe(30_599);
  await expect(grid.getByRole('columnheader', { name: /wait_s/ })).toContainText('decimal');
  await expect(grid.getByRole('columnheader', { name: /started_at/ })).toContainText('date and time');
  await page.screenshot({ path: 'test-results/drill-en-1440.png' });

  // Jump to the middle: the rows there are read from the engine, and only a page or two is held.
  const scroller = grid.locator('.grid-scroll');
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  // Half of 30,599 rows: the rows drawn are around 15,300, filled from the engine.
  await expect
    .poll(() =>
      grid
        .locator('[data-row]')
        .evaluateAll((rows) =>
          rows
            .filter((r) => (r.querySelectorAll('[role="gridcell"]')[1]?.textContent ?? '') !== '')
            .map((r) => Number((r as HTMLElement).dataset.row)),
        ),
    )
    .toContainEqual(expect.any(Number));
  const drawn = await grid
    .locator('[data-row]')
    .evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.row)));
  expect(Math.min(...drawn)).toBeGreaterThan(15_000);
  expect(Math.max(...drawn)).toBeLessThan(15_700);
  expect(Number(await grid.getAttribute('data-peak-rows'))).toBeLessThanOrEqual(200);

  // Sort by wait, largest first (two clicks): the first row holds the largest wait of the offered calls.
  const waitHeader = grid.getByRole('button', { name: /^wait_s/ });
  await waitHeader.click();
  await waitHeader.click();
  await expect(grid.getByRole('columnheader', { name: /wait_s/ })).toHaveAttribute('aria-sort', 'descending');
  const headers = await grid.getByRole('columnheader').allTextContents();
  const waitColumn = headers.findIndex((h) => h.startsWith('wait_s'));
  const maxWait = await engineNumber(page, 'select max(wait_s) from canonical.calls');
  await expect(grid.locator('[data-row="0"]').getByRole('gridcell').nth(waitColumn)).toHaveText(String(maxWait));

  // A call opens its customer's calls.
  const firstRow = grid.locator('[data-row="0"]');
  const customerCell = await firstRow
    .getByRole('gridcell')
    .nth(headers.findIndex((h) => h.startsWith('customer_id')))
    .textContent();
  await firstRow.getByTestId('drill-customer').click();
  await expect(page.getByRole('dialog')).toContainText(`Calls of customer ${customerCell}`);
  const theirs = await engineNumber(page, `select count(*) from canonical.calls where customer_id = '${customerCell}'`);
  await expect(page.locator('[data-figure="drill.rows"]')).toHaveAttribute('data-value', String(theirs));
  await page.getByRole('button', { name: '← Back' }).click();
  await expect(page.locator('[data-figure="drill.rows"]')).toHaveAttribute('data-value', '30599');
  await page.keyboard.press('Escape');
  await expect(grid).toBeHidden();

  // Answered: 27,024 answered calls (see the overview test), the numerator of the answer rate.
  await page.getByTestId('kpi-answerRate-drill').click();
  await expect(page.locator('[data-figure="drill.rows"]')).toHaveAttribute('data-value', '27024');
});

test('the drill list at 390 px and in Chinese', async ({ page }) => {
  test.setTimeout(120_000);
  // Loaded at full width: at 390 px today's data panel covers the sample button (the shell's drawer is issue 11's
  // other half).
  await loadSample(page, 'zh-CN');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId('kpi-offered-drill').click();
  await expect(page.locator('[data-figure="drill.rows"]')).toHaveAttribute('data-value', '30599');
  await expect(page.getByTestId('drill-grid')).toContainText('日期时间');
  await page.screenshot({ path: 'test-results/drill-zh-390.png' });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: 'test-results/drill-zh-1440.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('drill-grid')).toBeHidden();
});

test('the drill list at 390 px in English, driven by the keyboard', async ({ page }) => {
  test.setTimeout(120_000);
  await loadSample(page, 'en');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId('kpi-offered-drill').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-figure="drill.rows"]')).toHaveAttribute('data-value', '30599');
  const grid = page.getByRole('grid');
  await grid.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-row="2"]')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(grid).toHaveAttribute('aria-activedescendant', /r30598$/);
  // The list scrolls to its end at 390 px too: the last row is drawn, selected and inside the scroller's box.
  await expect(page.locator('[data-row="30598"]')).toHaveAttribute('aria-selected', 'true', { timeout: 15_000 });
  await expect(page.locator('[data-row="30598"]')).toBeInViewport();
  expect(await grid.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/drill-en-390.png' });
  await page.keyboard.press('Home');
  await expect(page.locator('[data-row="0"]')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-row="0"]')).toBeInViewport();
  // And at desktop width.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.keyboard.press('End');
  await expect(page.locator('[data-row="30598"]')).toHaveAttribute('aria-selected', 'true', { timeout: 15_000 });
  await expect(page.locator('[data-row="30598"]')).toBeInViewport();
});
