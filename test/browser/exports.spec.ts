import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

async function loadSample(page: Page, language: 'en' | 'zh-CN') {
  await openApp(page, language);
  await page.getByTestId('try-sample').click();
  // calls.csv holds 30,599 offered calls with no filter.
  await expect(page.locator('[data-figure="overview.offered"]')).toHaveAttribute('data-value', '30599', {
    timeout: 30_000,
  });
}

async function saved(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

test('the drill list exports as CSV and Excel, a chart as PNG and SVG, the view as a report', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await loadSample(page, 'en');

  await page.getByTestId('kpi-offered-drill').click();
  const grid = page.getByTestId('drill-grid');
  await expect(grid.locator('[data-figure="drill.rows"]')).toHaveAttribute('data-value', '30599');
  const menu = page.getByTestId('grid-export');
  await menu.getByRole('button', { name: /^Export/ }).click();
  await expect(menu.getByRole('menuitem')).toHaveCount(4);
  await page.screenshot({ path: 'test-results/exports-menu-en-1440.png' });
  const csv = await saved(page, () => menu.getByRole('menuitem', { name: /CSV, UTF-8/ }).click());
  expect(csv.name).toMatch(/\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const header = csv.bytes.subarray(3).toString('utf8').split('\n', 1)[0]!;
  expect(header.split(',')).toContain('call_id');
  await expect(menu.getByRole('status')).toContainText(`Saved ${csv.name}`);

  await menu.getByRole('button', { name: /^Export/ }).click();
  const xlsx = await saved(page, () => menu.getByRole('menuitem', { name: /^Excel/ }).click());
  expect(xlsx.name).toMatch(/\.xlsx$/);
  expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await page.keyboard.press('Escape');
  await expect(grid).toBeHidden();

  const chart = page.getByTestId('chart-export').first();
  await chart.getByRole('button', { name: /^Export/ }).click();
  const png = await saved(page, () => chart.getByRole('menuitem', { name: /PNG/ }).click());
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  await chart.getByRole('button', { name: /^Export/ }).click();
  const svg = await saved(page, () => chart.getByRole('menuitem', { name: /SVG/ }).click());
  expect(svg.bytes.toString('utf8')).toMatch(/^<svg/);

  const report = await saved(page, () => page.getByTestId('export-report').click());
  expect(report.name).toMatch(/\.html$/);
  const html = report.bytes.toString('utf8');
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/http/i);
  expect(html).toContain('<td>overview.offered</td>');
  expect(html).toContain('<td>30599</td>');
  expect(html).toMatch(/<svg[^>]*>/);
  const reader = await page.context().newPage();
  await reader.setContent(html);
  await reader.screenshot({ path: 'test-results/exports-report-en.png', fullPage: true });
  await reader.close();
});

test('in Chinese at 390 px: the export menu and the report speak Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loadSample(page, 'zh-CN');
  const chart = page.getByTestId('chart-export').first();
  await chart.getByRole('button', { name: /导出/ }).click();
  await expect(chart.getByRole('menuitem', { name: '导出为图片（PNG）' })).toBeVisible();
  await chart.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/exports-menu-zh-390.png' });
  await page.keyboard.press('Escape');
  await page.getByTestId('kpi-offered-drill').click();
  const menu = page.getByTestId('grid-export');
  await menu.getByRole('button', { name: /导出/ }).click();
  await expect(menu.getByRole('menuitem', { name: '导出为 CSV（UTF-8，Excel 可直接打开）' })).toBeVisible();
  await page.screenshot({ path: 'test-results/exports-grid-menu-zh-390.png' });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  const report = await saved(page, () => page.getByTestId('export-report').click());
  const html = report.bytes.toString('utf8');
  expect(html).toContain('<html lang="zh-CN">');
  expect(html).toContain('指标一览');
  expect(html).not.toMatch(/<script|http/i);
  const reader = await page.context().newPage();
  await reader.setViewportSize({ width: 390, height: 844 });
  await reader.setContent(html);
  await reader.screenshot({ path: 'test-results/exports-report-zh-390.png', fullPage: true });
  await reader.close();
});
