import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const TEMPLATES = join(import.meta.dirname, '../../src/features/help/template-files');

/** Downloads a template through its link and returns its bytes. */
async function download(page: Page, testId: string): Promise<Buffer> {
  const downloading = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const file = await (await downloading).path();
  return readFileSync(file);
}

test('"What can I load?" opens from the first screen and offers templates (English)', async ({ page }) => {
  await openApp(page, 'en');
  await page.getByTestId('first-run').getByTestId('help-link').click();
  const help = page.getByTestId('help-page');
  await expect(help).toBeVisible();
  await expect(help.getByRole('heading', { name: 'What can I load?' })).toBeVisible();
  // Calls need a start time and an outcome; everything else is optional.
  const calls = help.getByTestId('help-table-calls');
  await expect(calls.locator('tr[data-key="started_at"]')).toContainText('Required');
  await expect(calls.locator('tr[data-key="answered"]')).toContainText('Required');
  await expect(calls.locator('tr[data-key="wait_s"]')).toContainText('Optional');
  await expect(calls.locator('tr[data-key="wait_s"]')).toContainText('Service level');
  await expect(help.getByTestId('help-table-customerPeriods').locator('tr[data-key="period"]')).toContainText(
    'Required',
  );
  await expect(help.getByTestId('help-formats')).toContainText('20260301081500');
  await expect(help.getByTestId('help-formats')).toContainText('是 / 否');
  await page.screenshot({ path: 'test-results/help-en.png' });
  await help.getByTestId('help-formats').screenshot({ path: 'test-results/help-formats-en.png' });

  const csv = await download(page, 'template-calls-utf8');
  expect(csv.equals(readFileSync(join(TEMPLATES, 'calls-template.csv')))).toBe(true);
  await page.setViewportSize({ width: 390, height: 800 });
  await page.screenshot({ path: 'test-results/help-en-390.png' });
  await page.getByTestId('help-close').click();
  await expect(help).toHaveCount(0);
  await expect(page.getByTestId('first-run')).toBeVisible();
});

test('the Chinese page offers GBK templates; a downloaded one loads and the mapping screen links back', async ({
  page,
}) => {
  await openApp(page, 'zh-CN');
  await expect(page.getByTestId('first-run').getByTestId('help-link')).toHaveText('可以导入哪些数据？');
  await page.getByTestId('first-run').getByTestId('help-link').click();
  const help = page.getByTestId('help-page');
  await expect(help.getByRole('heading', { name: '可以导入哪些数据？' })).toBeVisible();
  await expect(help.getByTestId('help-table-calls').locator('tr[data-key="started_at"]')).toContainText('必需');
  await page.screenshot({ path: 'test-results/help-zh.png' });
  await help.getByTestId('help-formats').screenshot({ path: 'test-results/help-formats-zh.png' });
  await help.getByTestId('help-table-customerPeriods').screenshot({ path: 'test-results/help-periods-zh.png' });
  await page.setViewportSize({ width: 390, height: 800 });
  await page.screenshot({ path: 'test-results/help-zh-390.png' });
  await help.getByTestId('help-formats').screenshot({ path: 'test-results/help-formats-zh-390.png' });
  await page.setViewportSize({ width: 1280, height: 720 });

  const gbk = await download(page, 'template-calls-gbk');
  expect(gbk.equals(readFileSync(join(TEMPLATES, '来电记录模板.gbk.csv')))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  // The downloaded template, as a user would fill it in, loads and maps through the app.
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: '来电记录模板.gbk.csv', mimeType: 'text/csv', buffer: gbk });
  await expect(page.getByTestId('mapping-screen')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('mapping-screen').getByTestId('help-link').click();
  await expect(help).toBeVisible();
  await page.getByTestId('help-close').click();
  await page.getByTestId('apply-mapping').click();
  // Three calls in the template, all offered.
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('3', { timeout: 30_000 });
});
