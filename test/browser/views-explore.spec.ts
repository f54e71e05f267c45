import { join } from 'node:path';
import { expect, openApp, test } from './fixtures';

const ZH = join(import.meta.dirname, '../../sample-data/zh');

test('the Chinese GBK sample: a renamed and a removed dataset stay that way after a reload', async ({ page }) => {
  await openApp(page, 'zh-CN');
  await page
    .getByTestId('file-input')
    .setInputFiles(['来电记录.csv', '客户.csv', '客户月度收支.csv', '来电原因映射.csv'].map((f) => join(ZH, f)));
  await expect(page.getByTestId('mapping-screen')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('apply-mapping').click();
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599');
  await expect(page.getByTestId('storage-item')).toHaveCount(4, { timeout: 30_000 });

  const customers = page.locator('[data-testid="dataset"][data-table="客户月度收支"]');
  page.once('dialog', (dialog) => void dialog.accept());
  await customers.getByTestId('remove').click();
  await expect(page.getByTestId('storage-item')).toHaveCount(3);
  const calls = page.locator('[data-testid="dataset"][data-table="来电记录"]');
  await calls.getByTestId('rename').click();
  await calls.getByTestId('rename-input').fill('一月来电');
  await calls.getByTestId('rename-input').press('Enter');
  await expect(page.getByTestId('storage-list')).toContainText('一月来电');

  await page.reload();
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599', { timeout: 30_000 });
  await expect(page.getByTestId('storage-item')).toHaveCount(3);
  await expect(page.getByTestId('storage-list')).toContainText('一月来电');
  await expect(page.getByTestId('dataset')).toHaveCount(3);
  await page.screenshot({ path: 'test-results/views-explore-zh.png', fullPage: true });
});
