import { join } from 'node:path';
import { expect, openApp, test } from './fixtures';

const EXPORTS = join(import.meta.dirname, '../fixtures/exports');

test('a vendor export dropped through the data panel is mapped, checked and summarised', async ({ page }) => {
  await openApp(page, 'en');
  await page
    .getByTestId('file-input')
    .setInputFiles([join(EXPORTS, 'genesys-en/interactions.csv'), join(EXPORTS, 'genesys-en/accounts.csv')]);
  await expect(page.getByTestId('mapping-screen')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('role-calls-started_at')).toHaveValue('Date');
  await expect(page.getByTestId('time-column')).toHaveValue('Time');
  // Ingest already turned the hh:mm:ss durations into seconds.
  await expect(page.getByTestId('duration-unit')).toHaveValue('seconds');
  await expect(page.getByTestId('role-customers-customer_id')).toHaveValue('Account Number');
  await page.screenshot({ path: 'test-results/overview-upload-mapping.png', fullPage: true });
  await page.getByTestId('apply-mapping').click();
  // 24 interactions, 5 abandoned (rows i = 3, 8, 13, 18, 23): answer rate 19 / 24 = 79.2 %.
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('24');
  await expect(page.getByTestId('kpi-answerRate-value')).toHaveText('79.2%');
  // Talk time of answered calls: Σ (180 + 20 i) over the 19 answered i = (24 × 180 + 20 × 276) − (5 × 180 + 20 × 65)
  // = 9,840 − 2,200 = 7,640 s; AHT = 7,640 / 19 = 402.1 s.
  await expect(page.getByTestId('kpi-aht-value')).toHaveText('402.1 s');

  // Remapping rebuilds the views and the overview follows: without a handle time, AHT says what would unlock it.
  await page.getByTestId('edit-mapping').click();
  await page.getByTestId('role-calls-handle_s').selectOption('');
  await page.getByTestId('apply-mapping').click();
  await expect(page.getByTestId('kpi-aht')).toContainText('Map “Handle time” to unlock');
  await page.screenshot({ path: 'test-results/overview-upload.png', fullPage: true });
});

test('the sample data in Chinese lands on the overview, and the settings change the figures', async ({ page }) => {
  await openApp(page, 'zh-CN');
  await page.getByTestId('try-sample').click();
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599', { timeout: 60_000 });
  const before = await page.getByTestId('kpi-serviceLevel-value').textContent();
  await page.getByTestId('setting-serviceLevelSeconds').fill('60');
  await expect(page.getByTestId('kpi-serviceLevel')).toContainText('服务水平 60 秒');
  await expect(page.getByTestId('kpi-serviceLevel-value')).not.toHaveText(before ?? '');
  await page.screenshot({ path: 'test-results/overview-sample-zh.png', fullPage: true });
});
