import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const EN = join(import.meta.dirname, '../../sample-data/en');
const SAMPLE = ['calls.csv', 'customers.csv', 'customer_monthly.csv', 'reason_mapping.csv'].map((f) => join(EN, f));

/** Opens the sample files through the data panel, as a user would, and applies the proposed mapping. */
async function loadAndMap(page: Page): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(SAMPLE);
  await expect(page.getByTestId('mapping-screen')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('apply-mapping').click();
  // 30,599 calls in calls.csv (30,600 lines less the header), all offered with no filter.
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599');
}

async function filterPhone(page: Page): Promise<void> {
  await page.getByTestId('filter-add').selectOption({ label: 'Phone' });
  // 18,753 of the calls have channel Phone (counted in calls.csv).
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('18,753');
}

test('a saved view and the loaded data come back after a reload, with the same figures, without re-upload', async ({
  page,
}) => {
  await openApp(page, 'en');
  await loadAndMap(page);
  await filterPhone(page);
  await page.getByTestId('view-name').fill('Phone calls');
  await page.getByTestId('view-save').click();
  await expect(page.getByTestId('view-item')).toHaveCount(1);
  await expect(page.getByTestId('view-open')).toHaveText('Phone calls');
  await expect(page.getByTestId('storage-item')).toHaveCount(4, { timeout: 30_000 });
  await expect(page.getByTestId('storage-panel')).not.toContainText('Keeping');

  const uploads: string[] = [];
  page.on('filechooser', (chooser) => uploads.push(String(chooser)));
  await page.reload();
  await expect(page.locator('footer[data-engine="ready"]')).toBeVisible({ timeout: 30_000 });
  // The working state comes back: the four tables, the mapping and the Phone filter.
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('18,753', { timeout: 30_000 });
  await expect(page.getByTestId('storage-item')).toHaveCount(4);
  await expect(page.getByTestId('view-open')).toHaveText('Phone calls');
  expect(uploads).toEqual([]);

  await page.getByRole('button', { name: 'Remove filter Channel: Phone' }).click();
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599');
  await page.getByTestId('view-open').click();
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('18,753');
});
