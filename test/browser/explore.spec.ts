import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** Loads the sample data and opens the workbench with its editor ready. */
async function openExplore(page: Page): Promise<void> {
  await page.getByTestId('try-sample').click();
  // 30,599 calls in the sample's calls.csv (counted in the file).
  await expect(page.getByTestId('kpi-offered-value')).toHaveText(/30[,.]599/, { timeout: 30_000 });
  await page.getByTestId('nav-explore').click();
  await expect(page.getByTestId('explore-editor')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
}

/** Replaces the editor's text and runs it with Ctrl+Enter. */
async function runSql(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Control+Enter');
}

const rowCount = (page: Page) => page.locator('[data-figure="explore.rows"]');

test('runs an example, sorts, cancels a long query and keeps values as text', async ({ page }) => {
  await openApp(page, 'en');
  await openExplore(page);
  await page.getByTestId('explore-examples').getByText('Calls and average wait by channel').click();
  await page.getByTestId('explore-run').click();
  // The sample's calls come on 4 channels (select distinct channel from the sample's calls.csv).
  await expect(rowCount(page)).toHaveAttribute('data-value', '4', { timeout: 15_000 });
  await expect(page.getByTestId('explore-chart')).toHaveAttribute('data-chart', 'bar');
  await page.screenshot({ path: 'test-results/explore-en.png', fullPage: true });
  await expect(page.locator('.explore-chart canvas')).toHaveCount(1, { timeout: 15_000 });

  // A million rows, paged: the count is exact, the first row is 999 999 when sorted descending.
  await runSql(page, 'select i from range(1000000) t(i)');
  await expect(rowCount(page)).toHaveAttribute('data-value', '1000000', { timeout: 30_000 });
  const grid = page.getByTestId('explore-grid');
  await grid.getByRole('button', { name: /^i/ }).click();
  await grid.getByRole('button', { name: /^i/ }).click();
  await expect(grid.locator('[role="columnheader"][aria-sort="descending"]')).toHaveCount(1);
  await expect(grid.locator('[data-row="0"] [role="gridcell"]').first()).toHaveText('999999');

  // Copy: rows 0…2 of the descending sort are 999 999, 999 998, 999 997; Shift+End stretches the block to the
  // last of the 1,000,000 rows, and the copy stops at 10,000 rows: 999 999 down to 999 999 − 9 999 = 990 000.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await grid.locator('[data-row="0"] [role="gridcell"]').first().click();
  await grid
    .locator('[data-row="2"] [role="gridcell"]')
    .first()
    .click({ modifiers: ['Shift'] });
  await expect(grid.locator('.grid-selected')).toHaveCount(3);
  await page.keyboard.press('ControlOrMeta+C');
  await expect(grid.locator('[data-figure="grid.copiedRows"]')).toHaveAttribute('data-value', '3');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('999999\r\n999998\r\n999997');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('ControlOrMeta+C');
  await expect(grid.getByRole('status')).toContainText('Copied the first 10,000 of 1,000,000 rows');
  const copied = (await page.evaluate(() => navigator.clipboard.readText())).split('\r\n');
  expect([copied.length, copied[0], copied.at(-1)]).toEqual([10_000, '999999', '990000']);

  // 100 000 × 100 000 rows would run for minutes: Cancel stops it and the engine answers the next query.
  await runSql(page, 'select sum(a.range * b.range) as s from range(100000) a, range(100000) b');
  await expect(page.getByTestId('explore-running')).toBeVisible();
  await page.getByTestId('explore-cancel').click();
  await expect(page.getByTestId('explore-cancelled')).toBeVisible();
  await runSql(page, 'select 41 + 1 as answer');
  await expect(grid.locator('[data-row="0"] [role="gridcell"]').first()).toHaveText('42', { timeout: 15_000 });

  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await runSql(page, `select '<img src=x onerror=alert(1)>' as "<b>x</b>"`);
  await expect(grid.locator('.grid-name')).toHaveText('<b>x</b>');
  await expect(grid.locator('[data-row="0"] [role="gridcell"]').first()).toHaveText('<img src=x onerror=alert(1)>');
  await expect(grid.locator('img, b')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('refuses the network, unregistered files and extensions; asks before changing loaded data', async ({ page }) => {
  await openApp(page, 'en');
  await openExplore(page);
  const error = page.getByTestId('explore-error');
  await runSql(page, "select * from read_csv('http://example.com/calls.csv')");
  await expect(error).toContainText('The engine refused to reach a file, the network or an extension');
  await runSql(page, "select * from read_csv('/etc/passwd')");
  await expect(error).toContainText('file system operations are disabled');
  await runSql(page, 'install httpfs');
  await expect(error).toContainText('Extensions cannot be installed or loaded here');
  // `fro` reads as a name for the column, so DuckDB points at `calls`: line 2, column 5.
  await runSql(page, 'select 1\nfro calls');
  await expect(error).toContainText('line 2, column 5');
  await expect(page.locator('.explore-error-mark')).toHaveText('calls');

  await runSql(page, 'drop table calls');
  await expect(page.getByTestId('explore-change')).toHaveText('Remove calls');
  await page.getByTestId('explore-confirm-stop').click();
  await runSql(page, 'select count(*) as n from calls');
  // Still all 30,599 rows of calls.csv.
  await expect(page.getByTestId('explore-grid').locator('[data-row="0"] [role="gridcell"]').first()).toHaveText(
    '30599',
    { timeout: 15_000 },
  );
});

test('a pinned query and its chart come back with the view, in Chinese at 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, 'zh-CN');
  await openExplore(page);
  await page.getByTestId('explore-examples').getByText('每日来电量').click();
  await page.getByTestId('explore-run').click();
  await expect(page.getByTestId('explore-chart')).toHaveAttribute('data-chart', 'line', { timeout: 15_000 });
  await page.getByTestId('chart-type').selectOption('bar');
  await page.getByTestId('explore-pin').click();
  await expect(page.getByTestId('explore-pinned')).toBeVisible();
  const days = await rowCount(page).getAttribute('data-value');
  await page.screenshot({ path: 'test-results/explore-zh-390.png', fullPage: true });

  await page.getByTestId('drawer-toggle').click();
  await page.getByTestId('view-name').fill('每日来电');
  await page.getByTestId('view-save').click();
  // The drawer stays open over the page at 390 px: go to the overview by its address, then open the view.
  await page.evaluate(() => (window.location.hash = '#/overview'));
  await expect(page.getByTestId('explore-panel')).toHaveCount(0);
  await page.getByTestId('view-open').click();
  await expect(page.getByTestId('explore-panel')).toBeVisible();
  await expect(rowCount(page)).toHaveAttribute('data-value', days!, { timeout: 15_000 });
  await expect(page.getByTestId('explore-chart')).toHaveAttribute('data-chart', 'bar');
});
