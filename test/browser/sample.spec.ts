import { expect, openApp, test } from './fixtures';

test('an empty app offers the sample; one click lands on a real overview (English, UTF-8)', async ({ page }) => {
  await openApp(page, 'en');
  await expect(page.getByTestId('first-run')).toBeVisible();
  await expect(page.getByTestId('open-own-files')).toHaveText('Open your files');
  await page.screenshot({ path: 'test-results/first-run-en.png', fullPage: true });
  await page.getByTestId('try-sample').click();
  // calls.csv holds 30,599 calls (30,600 lines less the header); with no filter all of them are offered.
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599', { timeout: 30_000 });
  // 27,024 answered ÷ 30,599 offered = 0.8832 → 88.3%.
  await expect(page.getByTestId('kpi-answerRate-value')).toHaveText('88.3%');
  await expect(page.getByTestId('sample-banner')).toContainText('sample data');
  await expect(page.getByTestId('data-panel')).toContainText('calls.csv');
  await expect(page.getByTestId('data-panel')).toContainText('reason_mapping.csv');
  await expect(page.getByRole('img', { name: 'Daily offered calls and answer rate' })).toBeVisible();
  await page.screenshot({ path: 'test-results/sample-overview-en.png', fullPage: true });
});

test('the Chinese UI loads the Chinese variant (GBK) in one click', async ({ page }) => {
  await openApp(page, 'zh-CN');
  await expect(page.getByTestId('try-sample')).toHaveText('试用示例数据');
  await page.screenshot({ path: 'test-results/first-run-zh.png', fullPage: true });
  await page.getByTestId('try-sample').click();
  // The same 30,599 calls, read from 来电记录.csv after decoding GBK.
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599', { timeout: 30_000 });
  await expect(page.getByTestId('kpi-answerRate-value')).toHaveText('88.3%');
  await expect(page.getByTestId('sample-banner')).toContainText('示例数据');
  await expect(page.getByTestId('data-panel')).toContainText('来电记录');
  await expect(page.getByTestId('overview')).toContainText('接通率');
  await page.screenshot({ path: 'test-results/sample-overview-zh.png', fullPage: true });
});
