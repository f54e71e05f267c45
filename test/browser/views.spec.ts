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
  // 30,599 calls in calls.csv (30,600 lines less the header), all offered with no filter. The canonical build
  // (duplicate rows, exclusions) takes about 5 s here while the tables are being stored.
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599', { timeout: 30_000 });
}

/** The channel filter of the working state kept in IndexedDB. */
function storedSessionChannels(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('callsight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('session');
          get.onsuccess = () => {
            open.result.close();
            resolve(
              (get.result as { value?: { filters?: { channels?: unknown } } } | undefined)?.value?.filters?.channels,
            );
          };
        };
      }),
  );
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
  await expect.poll(() => storedSessionChannels(page)).toEqual(['Phone']);

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

test('a view exported from one profile opens in a fresh profile on the same files', async ({
  page,
  browser,
  baseURL,
}) => {
  await openApp(page, 'en');
  await loadAndMap(page);
  await filterPhone(page);
  await page.getByTestId('view-name').fill('Phone calls');
  await page.getByTestId('view-save').click();
  await expect(page.getByTestId('view-item')).toHaveCount(1);
  const downloading = page.waitForEvent('download');
  await page.getByTestId('views-export').click();
  const file = await (await downloading).path();

  const fresh = await browser.newContext({ baseURL });
  const outside: string[] = [];
  await fresh.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseURL!) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  const other = await fresh.newPage();
  await openApp(other, 'en');
  await expect(other.getByTestId('views-list')).toHaveCount(0);
  await loadAndMap(other);
  await other.getByTestId('views-import-file').setInputFiles(file);
  await expect(other.getByTestId('views-notices')).toContainText('Imported 1 views.');
  await expect(other.getByTestId('view-open')).toHaveText('Phone calls');
  // The file's working state (the Phone filter) opens with it.
  await expect(other.getByTestId('kpi-offered-value')).toHaveText('18,753');
  await other.getByRole('button', { name: 'Remove filter Channel: Phone' }).click();
  await expect(other.getByTestId('kpi-offered-value')).toHaveText('30,599');
  await other.getByTestId('view-open').click();
  await expect(other.getByTestId('kpi-offered-value')).toHaveText('18,753');
  await fresh.close();
  expect(outside).toEqual([]);
});

test('a view stored by an older schema version is migrated and opens', async ({ page }) => {
  await openApp(page, 'en');
  await loadAndMap(page);
  await expect(page.getByTestId('storage-item')).toHaveCount(4, { timeout: 30_000 });
  // Write a view the way schema version 1 stored it: datasets named by table only, no chart settings.
  await page.evaluate(async () => {
    const state = window.callsightModel!.state();
    const spec = {
      schemaVersion: 1,
      datasets: ['calls'],
      mapping: state.mapping,
      filters: { ...(state.filters as object), channels: ['Phone'] },
      analysis: { id: 'overview', settings: {} },
    };
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('callsight');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('views', 'readwrite');
        tx.objectStore('views').put({
          id: 'legacy',
          name: 'Written by v1',
          createdAt: 1,
          updatedAt: 1,
          thumbnail: null,
          spec,
        });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  });
  await page.reload();
  await expect(page.getByTestId('view-open')).toHaveText('Written by v1', { timeout: 30_000 });
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599', { timeout: 30_000 });
  await page.getByTestId('view-open').click();
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('18,753');
});

test('bad input gets a clear message and nothing stored is lost', async ({ page }, testInfo) => {
  await openApp(page, 'en');
  await loadAndMap(page);
  await page.getByTestId('view-name').fill('Kept');
  await page.getByTestId('view-save').click();
  await expect(page.getByTestId('view-item')).toHaveCount(1);

  const corrupt = testInfo.outputPath('corrupt.json');
  const newer = testInfo.outputPath('newer.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(corrupt, '{"type":"callsight/views","version":1,"views":[{"id":"x"');
  writeFileSync(newer, JSON.stringify({ type: 'callsight/views', version: 9, views: [] }));
  await page.getByTestId('views-import-file').setInputFiles(corrupt);
  await expect(page.getByTestId('views-notices')).toContainText(
    'The file was not imported: The file is not valid JSON',
  );
  await page.getByTestId('views-import-file').setInputFiles(newer);
  await expect(page.getByTestId('views-notices')).toContainText('made by a newer version of Callsight (format 9)');
  await expect(page.getByTestId('view-item')).toHaveCount(1);

  await page.goto('./#view=1.garbled$$$');
  await expect(page.getByTestId('views-notices')).toContainText('The link could not be opened: The link is damaged', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('view-open')).toHaveText('Kept');
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599', { timeout: 30_000 });
});

test('deleting a view can be undone', async ({ page }) => {
  await openApp(page, 'en');
  await loadAndMap(page);
  await page.getByTestId('view-name').fill('Everything');
  await page.getByTestId('view-save').click();
  await page.getByTestId('view-rename').click();
  await page.getByTestId('view-rename-input').fill('All calls');
  await page.getByTestId('view-rename-input').press('Enter');
  await expect(page.getByTestId('view-open')).toHaveText('All calls');
  await page.getByTestId('view-delete').click();
  await expect(page.getByTestId('view-item')).toHaveCount(0);
  await page.getByTestId('views-undo').click();
  await expect(page.getByTestId('view-open')).toHaveText('All calls');
  await page.reload();
  await expect(page.getByTestId('view-open')).toHaveText('All calls', { timeout: 30_000 });
});

test('a second tab reads but does not write until the user moves writing to it', async ({ page, context }) => {
  await openApp(page, 'en');
  const second = await context.newPage();
  await openApp(second, 'en');
  await expect(second.getByTestId('views-reader')).toBeVisible();
  await expect(page.getByTestId('views-reader')).toHaveCount(0);
  await second.getByRole('button', { name: 'Use this tab instead' }).click();
  await expect(second.getByTestId('views-reader')).toHaveCount(0);
  await expect(page.getByTestId('views-reader')).toBeVisible();
  await second.close();
  // The first tab was waiting in line: it becomes the writer when the other one closes.
  await expect(page.getByTestId('views-reader')).toHaveCount(0);
});

test('without IndexedDB (private mode) the app still works and says nothing will be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  await openApp(page, 'en');
  await expect(page.getByTestId('storage-panel')).toContainText('does not let Callsight store anything');
  await loadAndMap(page);
});

test('a shared link opens the view on a fresh load', async ({ page }) => {
  await openApp(page, 'en');
  await loadAndMap(page);
  await filterPhone(page);
  await page.getByTestId('view-name').fill('Phone calls');
  await page.getByTestId('view-save').click();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByTestId('views-notices')).toContainText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#\/overview\?view=1\.[A-Za-z0-9_-]+$/);
  await page.getByRole('button', { name: 'Remove filter Channel: Phone' }).click();
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599');
  // Wait until the unfiltered working state is stored, so only the link can bring the filter back.
  await expect.poll(() => storedSessionChannels(page)).toEqual([]);
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('18,753', { timeout: 30_000 });
  // The view is applied and the fragment keeps only the analysis's address.
  expect(new URL(page.url()).hash).toBe('#/overview');
});

test("a view whose table is gone explains why and re-maps onto next month's file", async ({ page }, testInfo) => {
  await openApp(page, 'en');
  await loadAndMap(page);
  await filterPhone(page);
  await page.getByTestId('view-name').fill('Phone calls');
  await page.getByTestId('view-save').click();
  await expect(page.getByTestId('storage-item')).toHaveCount(4, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Delete “calls.csv”' }).click();
  await expect(page.getByTestId('storage-item')).toHaveCount(3);

  await page.getByTestId('view-open').click();
  const remap = page.getByTestId('views-remap');
  await expect(remap).toContainText('The calls table “calls.csv” is not loaded.');
  await expect(remap).toContainText('No loaded table has the columns this view reads.');

  const { copyFileSync } = await import('node:fs');
  const next = testInfo.outputPath('calls-next-month.csv');
  copyFileSync(join(EN, 'calls.csv'), next);
  await page.getByTestId('file-input').setInputFiles(next);
  await page.getByTestId('view-open').click();
  await remap.getByRole('button', { name: /^Use “calls-next-month\.csv” as calls$/ }).click();
  await expect(remap).toHaveCount(0);
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('18,753', { timeout: 30_000 });
});

for (const language of ['en', 'zh-CN'] as const) {
  test(`screenshots of the views list and storage panel (${language})`, async ({ page }) => {
    await openApp(page, language);
    await loadAndMap(page);
    await expect(page.locator('.shell-analysis canvas').first()).toBeVisible();
    await page.getByTestId('view-name').fill(language === 'en' ? 'All calls, 2026' : '全部来电 2026');
    await page.getByTestId('view-save').click();
    await expect(page.getByTestId('storage-item')).toHaveCount(4, { timeout: 30_000 });
    await expect(page.getByTestId('storage-usage')).toBeVisible();
    await expect(page.locator('.view-thumb').first()).toHaveAttribute('src', /^data:image\/png/);
    if (language === 'zh-CN') await expect(page.getByTestId('storage-panel')).toContainText('本机存储');
    await page.locator('.views-section').screenshot({ path: `test-results/views-panel-${language}.png` });
    await page.screenshot({ path: `test-results/views-page-${language}.png`, fullPage: true });
  });
}
