import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

// Service workers are allowed (Playwright's default); said here because the whole file depends on it.
test.use({ serviceWorkers: 'allow' });

/**
 * Waits until the service worker controls the page (the engine's files are cached) and has cached the rest
 * of the app, which the page says once.
 */
async function whenControlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  await expect(page.getByTestId('offline-ready')).toBeVisible({ timeout: 60_000 });
}

/** The paths the service worker keeps in its caches, relative to the app's root. */
function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        paths.push(decodeURIComponent(new URL(request.url).pathname.replace(/^\//, '')));
      }
    }
    return paths;
  });
}

const SERVICE_WORKER = join(import.meta.dirname, '../../dist/sw.js');
const fixture = (name: string) => join(import.meta.dirname, '../fixtures/ingest', name);

/** Changes the built service worker as a new deploy would; returns how to put the original back. */
async function deployNewVersion(): Promise<() => Promise<void>> {
  const original = await readFile(SERVICE_WORKER, 'utf8');
  const changed = original.replace(/("revision":")[0-9a-f](\w*","url":"index\.html")/, '$1x$2');
  expect(changed === original, 'index.html has a revision in the service worker').toBe(false);
  await writeFile(SERVICE_WORKER, changed);
  return () => writeFile(SERVICE_WORKER, original);
}

async function reloadOffline(page: Page, context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('footer[data-engine="ready"]')).toBeVisible({ timeout: 30_000 });
  // The network really is gone: a file the worker does not keep cannot be fetched.
  const uncached = await page.evaluate(() =>
    fetch('./sw.js', { cache: 'no-store' }).then(
      () => 'fetched',
      () => 'failed',
    ),
  );
  expect(uncached).toBe('failed');
}

test('after one online visit the app starts offline, loads the sample, and brings stored data and views back', async ({
  page,
  context,
}) => {
  await openApp(page, 'en');
  await whenControlled(page);
  await expect(page.getByTestId('offline-ready')).toContainText('Callsight now works offline');
  await page.screenshot({ path: 'test-results/offline-ready-en.png' });
  const cached = await cachedPaths(page);
  // The engine, its wasm, the lazy chunks and both languages' sample files are kept; compressed twins are not.
  expect(cached.some((p) => /^assets\/duckdb-eh-.*\.wasm$/.test(p))).toBe(true);
  expect(cached.some((p) => /^assets\/duckdb-browser-eh\.worker-.*\.js$/.test(p))).toBe(true);
  expect(cached.some((p) => /^assets\/Chart-.*\.js$/.test(p))).toBe(true);
  expect(cached.some((p) => /^assets\/xlsx-.*\.js$/.test(p))).toBe(true);
  expect(cached.some((p) => /^assets\/parquet_wasm_bg-.*\.wasm$/.test(p))).toBe(true);
  expect(cached.some((p) => /^assets\/calls-.*\.csv$/.test(p))).toBe(true);
  expect(cached.some((p) => /^assets\/来电记录-.*\.csv$/.test(p))).toBe(true);
  expect(cached.filter((p) => /\.(br|gz)$/.test(p))).toEqual([]);
  // The mvp build is kept only once a browser that needs it has loaded it; Chromium runs eh.
  expect(cached.filter((p) => /duckdb-mvp-.*\.wasm$/.test(p))).toEqual([]);

  await reloadOffline(page, context);
  // The note is said once, on the visit that made the app work offline.
  await expect(page.getByTestId('offline-ready')).toHaveCount(0);
  await page.getByTestId('try-sample').click();
  // calls.csv holds 30,599 calls (30,600 lines less the header); with no filter all of them are offered.
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599', { timeout: 30_000 });
  await expect(page.getByRole('img', { name: 'Daily offered calls and answer rate' })).toBeVisible();
  await expect(page.getByTestId('storage-item')).toHaveCount(4, { timeout: 30_000 });
  await page.getByTestId('filter-add').selectOption({ label: 'Phone' });
  // 18,753 of the calls have channel Phone (counted in calls.csv).
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('18,753', { timeout: 30_000 });
  await page.getByTestId('view-name').fill('Phone calls');
  await page.getByTestId('view-save').click();
  await expect(page.getByTestId('view-open')).toHaveText('Phone calls');

  // Still offline: a new start brings the stored tables, the working state and the view back.
  await page.reload();
  await expect(page.locator('footer[data-engine="ready"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('18,753', { timeout: 30_000 });
  await expect(page.getByTestId('storage-item')).toHaveCount(4);
  await page.getByRole('button', { name: 'Remove filter Channel: Phone' }).click();
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599', { timeout: 30_000 });
  await page.getByTestId('view-open').click();
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('18,753', { timeout: 30_000 });
  await page.screenshot({ path: 'test-results/offline-en.png', fullPage: true });

  // A new tab opened offline starts too.
  const other = await context.newPage();
  await other.goto('./');
  await expect(other.locator('footer[data-engine="ready"]')).toBeVisible({ timeout: 30_000 });
  await expect(other.getByTestId('storage-item')).toHaveCount(4, { timeout: 30_000 });
  await context.setOffline(false);
});

test('offline, the Chinese page loads the Chinese (GBK) sample from the cache', async ({ page, context }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await openApp(page, 'zh-CN');
  await whenControlled(page);
  await expect(page.getByTestId('offline-ready')).toContainText('已可在本机离线使用');
  await page.screenshot({ path: 'test-results/offline-ready-zh-390.png' });
  await reloadOffline(page, context);
  await page.getByTestId('try-sample').click();
  // The same 30,599 calls, read from 来电记录.csv after decoding GBK.
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599', { timeout: 30_000 });
  await expect(page.getByTestId('data-panel')).toContainText('来电记录');
  await page.screenshot({ path: 'test-results/offline-zh.png', fullPage: true });
  await context.setOffline(false);
});

test('offline, Excel and Parquet files still open (their readers are cached)', async ({ page, context }) => {
  await openApp(page, 'en');
  await whenControlled(page);
  await reloadOffline(page, context);
  await page.getByTestId('file-input').setInputFiles([fixture('calls.xlsx'), fixture('calls.parquet')]);
  // 2 non-empty sheets + 1 Parquet = 3 tables
  await expect(page.getByTestId('dataset')).toHaveCount(3, { timeout: 30_000 });
  const parquet = page.getByTestId('dataset').filter({ hasText: 'calls.parquet' });
  await expect(parquet.getByTestId('dataset-meta')).toContainText('3 rows');
  await context.setOffline(false);
});

test('a new version is announced and only taken when the user reloads (English and Chinese)', async ({ page }) => {
  await openApp(page, 'en');
  await whenControlled(page);
  await page.getByTestId('try-sample').click();
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599', { timeout: 30_000 });
  // A later deploy, as a static host sees it: the service worker script changes (here: index.html's revision).
  // It stays deployed until the end, or the next start would find the original as one more version.
  const restore = await deployNewVersion();
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect(page.getByTestId('update-notice')).toContainText('A new version of Callsight is ready');
    // Announced, not taken: the old worker still controls the page and the analysis is untouched.
    const waiting = await page.evaluate(async () =>
      Boolean((await navigator.serviceWorker.getRegistration())!.waiting),
    );
    expect(waiting).toBe(true);
    await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599', { timeout: 30_000 });
    await page.screenshot({ path: 'test-results/update-notice-en.png' });
    await page.getByTestId('language-switch').selectOption('zh-CN');
    await expect(page.getByTestId('update-notice')).toContainText('新版本已就绪');
    // The rest happens at 390 px: the notice and its Reload button are on screen and take a tap there.
    await page.setViewportSize({ width: 390, height: 800 });
    await expect(page.getByTestId('update-reload')).toBeInViewport();
    await page.screenshot({ path: 'test-results/update-notice-zh-390.png' });

    // A second tab of the old version, open while the user reloads the first.
    const other = await page.context().newPage();
    await other.goto('./');
    await expect(other.locator('footer[data-engine="ready"]')).toBeVisible({ timeout: 30_000 });
    // It sees the waiting version too (in Chinese, the language chosen above); the user puts it off there.
    await expect(other.getByTestId('update-notice')).toContainText('新版本已就绪');
    await other.getByTestId('update-later').click();
    await expect(other.getByTestId('update-notice')).toHaveCount(0);
    await Promise.all([page.waitForEvent('load'), page.getByTestId('update-reload').click()]);
    // Once the first tab took the new version, that tab's code is older than the worker's files: it is told so
    // again, and nothing reloads under it.
    await expect(other.getByTestId('update-notice')).toContainText('新版本已就绪');
    await expect(other.getByTestId('kpi-offered-value')).toHaveText('30,599', { timeout: 30_000 });
    await other.close();
    await expect(page.locator('footer[data-engine="ready"]')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('update-notice')).toHaveCount(0);
    const after = await page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!;
      return { waiting: Boolean(registration.waiting), controlled: navigator.serviceWorker.controller !== null };
    });
    expect(after).toEqual({ waiting: false, controlled: true });
    // The data stored before the update comes back under the new version.
    await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599', { timeout: 30_000 });
  } finally {
    await restore();
  }
});
