import { join } from 'node:path';
import { expect, openApp, test } from './fixtures';
import { loadCsvs } from './overview-load';

const EN = join(import.meta.dirname, '../../sample-data/en');
const ZH = join(import.meta.dirname, '../../sample-data/zh');

test('the English sample maps itself, the overview shows its KPIs, and filters change them', async ({ page }) => {
  await openApp(page, 'en');
  await loadCsvs(page, [
    { path: join(EN, 'calls.csv'), table: 'calls' },
    { path: join(EN, 'customers.csv'), table: 'customers' },
    { path: join(EN, 'customer_monthly.csv'), table: 'customer_monthly' },
    { path: join(EN, 'reason_mapping.csv'), table: 'reason_mapping' },
  ]);
  await expect(page.getByTestId('mapping-screen')).toBeVisible();
  await expect(page.getByTestId('role-calls-started_at')).toHaveValue('start_time');
  await expect(page.getByTestId('role-calls-answered')).toHaveValue('outcome');
  await expect(page.getByTestId('table-customers')).toHaveValue('customers');
  await expect(page.getByTestId('validation')).toContainText('30,599');
  await page.screenshot({ path: 'test-results/overview-mapping-en.png', fullPage: true });
  await page.getByTestId('apply-mapping').click();
  // 30,599 calls in calls.csv (30,600 lines less the header), all offered with no filter.
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599');
  // 27,024 answered ÷ 30,599 offered = 88.3 %.
  await expect(page.getByTestId('kpi-answerRate-value')).toHaveText('88.3%');
  await expect(page.getByTestId('kpi-costPerContact')).toContainText(
    'Set a cost per handled minute or per offered call',
  );
  await expect(page.getByRole('img', { name: 'Daily offered calls and answer rate' })).toBeVisible();
  await page.screenshot({ path: 'test-results/overview-en.png', fullPage: true });

  await page.getByTestId('filter-add').selectOption({ label: 'Phone' });
  await expect(page.getByTestId('filter-chip')).toHaveText(/Channel: Phone/);
  // 18,753 of the calls have channel Phone (counted in calls.csv).
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('18,753');
  await page.getByRole('button', { name: 'Remove filter Channel: Phone' }).click();
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599');
});

test('the Chinese sample maps itself and the overview speaks Chinese', async ({ page }) => {
  await openApp(page, 'zh-CN');
  await loadCsvs(page, [
    { path: join(ZH, '来电记录.csv'), table: '来电记录', gbk: true },
    { path: join(ZH, '客户.csv'), table: '客户', gbk: true },
    { path: join(ZH, '客户月度收支.csv'), table: '客户月度收支', gbk: true },
    { path: join(ZH, '来电原因映射.csv'), table: '来电原因映射', gbk: true },
  ]);
  await expect(page.getByTestId('role-calls-started_at')).toHaveValue('来电时间');
  await expect(page.getByTestId('table-reasons')).toHaveValue('来电原因映射');
  await page.screenshot({ path: 'test-results/overview-mapping-zh.png', fullPage: true });
  await page.getByTestId('apply-mapping').click();
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599');
  await expect(page.getByTestId('overview')).toContainText('接通率');
  await page.screenshot({ path: 'test-results/overview-zh.png', fullPage: true });
});
