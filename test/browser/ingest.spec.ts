import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openApp, test } from './fixtures';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const file = (name: string) => join(FIXTURES, name);
const asUpload = (name: string) => ({ name, mimeType: 'application/octet-stream', buffer: readFileSync(file(name)) });

test('loads a GBK CSV, a workbook and Parquet with no outside request, and shows each table', async ({ page }) => {
  await openApp(page, 'en');
  await page
    .getByTestId('file-input')
    .setInputFiles([file('calls-gbk.csv'), file('calls.xlsx'), file('calls.parquet')]);
  const datasets = page.getByTestId('dataset');
  // 1 CSV + 2 non-empty sheets + 1 Parquet = 4 tables
  await expect(datasets).toHaveCount(4, { timeout: 30_000 });
  const gbk = datasets.filter({ hasText: 'calls-gbk.csv' });
  await expect(gbk.getByTestId('dataset-meta')).toContainText('5 rows · 7 columns · GB18030');
  await expect(gbk).toContainText('业务线');
  await gbk.getByTestId('toggle-preview').click();
  await expect(gbk.getByTestId('data-grid')).toContainText('咨询套餐,已解决');
  await expect(datasets.filter({ hasText: 'calls.parquet' }).getByTestId('dataset-meta')).toContainText('3 rows');
  await page.screenshot({ path: 'test-results/ingest-loaded-en.png', fullPage: true });
});

test('bad files are refused with a message naming them; what was loaded stays', async ({ page }) => {
  await openApp(page, 'zh-CN');
  await page.getByTestId('file-input').setInputFiles([file('tabs.tsv')]);
  await expect(page.getByTestId('dataset')).toHaveCount(1, { timeout: 30_000 });
  await page
    .getByTestId('file-input')
    .setInputFiles([
      asUpload('empty.csv'),
      asUpload('password.xlsx'),
      { name: 'ragged.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b,c\n1,2,3,4\n5,6\n') },
      asUpload('notes.docx'),
    ]);
  const errors = page.getByTestId('banner-error');
  await expect(errors).toHaveCount(4, { timeout: 30_000 });
  await expect(errors.nth(0)).toContainText('empty.csv 是空文件');
  await expect(errors.nth(1)).toContainText('password.xlsx 设有密码保护');
  // no row of it could be read: line 2 has one field too many
  await expect(errors.nth(2)).toContainText('ragged.csv：2 行数据都无法读取（第 2 行：字段过多）');
  await expect(errors.nth(3)).toContainText('.docx');
  await expect(page.getByTestId('dataset')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/ingest-errors-zh.png', fullPage: true });
});

test('read options: a wrong encoding guess is corrected and the preview changes', async ({ page }) => {
  await openApp(page, 'en');
  await page.getByTestId('file-input').setInputFiles([file('calls-gbk.csv')]);
  const dataset = page.getByTestId('dataset');
  await expect(dataset).toHaveCount(1, { timeout: 30_000 });
  await dataset.getByTestId('toggle-options').click();
  await dataset.getByTestId('opt-encoding').selectOption('big5');
  await dataset.getByTestId('opt-reread').click();
  await expect(dataset.getByTestId('dataset-meta')).toContainText('BIG5');
  await expect(dataset).not.toContainText('业务线');
  await dataset.getByTestId('opt-encoding').selectOption('gb18030');
  await dataset.getByTestId('opt-reread').click();
  await expect(dataset.getByTestId('dataset-meta')).toContainText('GB18030');
  await expect(dataset.getByTestId('data-grid')).toContainText('宽带');
});

test('monthly files append into one table; duplicates are reported and removed; rename and remove', async ({
  page,
}) => {
  await openApp(page, 'en');
  await page.getByTestId('append-all').check();
  await page.getByTestId('file-input').setInputFiles([file('monthly-2026-01.csv'), file('monthly-2026-02.csv')]);
  const dataset = page.getByTestId('dataset');
  await expect(dataset).toHaveCount(1, { timeout: 30_000 });
  // 3 + 3 = 6 rows, of which 2 repeat January exactly
  await expect(dataset.getByTestId('dataset-meta')).toContainText('6 rows');
  await expect(dataset.getByTestId('duplicates')).toContainText('2 rows repeat');
  await dataset.getByTestId('duplicates').getByRole('button').click();
  await expect(dataset.getByTestId('dataset-meta')).toContainText('4 rows');
  await dataset.getByTestId('rename').click();
  await dataset.getByTestId('rename-input').fill('Calls Q1');
  await dataset.getByTestId('rename-input').press('Enter');
  await expect(dataset.locator('h3')).toHaveText('Calls Q1');
  page.once('dialog', (d) => void d.accept());
  await dataset.getByTestId('remove').click();
  await expect(page.getByTestId('dataset')).toHaveCount(0);
  const tables = await page.evaluate(async () => {
    const engine = await window.callsight!.engine();
    return (await engine.query(window.callsight!.raw('select count(*) as n from duckdb_tables()'))).rows[0]?.n;
  });
  expect(tables).toBe(0);
});

test('cancelling a load leaves nothing behind', async ({ page }) => {
  await openApp(page, 'en');
  // 400k rows ≈ 10 MB: long enough to cancel while it is read
  const rows = Array.from({ length: 400_000 }, (_, i) => `K${i},2026-01-01 00:00:00,${i % 300},Y`).join('\n');
  await page.getByTestId('file-input').setInputFiles({
    name: 'big.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`id,start,wait,ok\n${rows}\n`),
  });
  const cancel = page.getByRole('button', { name: 'Cancel' });
  await cancel.click({ timeout: 10_000 }).catch(() => undefined);
  await expect(page.getByTestId('progress')).toHaveCount(0, { timeout: 30_000 });
  const datasets = await page.getByTestId('dataset').count();
  const tables = await page.evaluate(async () => {
    const engine = await window.callsight!.engine();
    return Number((await engine.query(window.callsight!.raw('select count(*) as n from duckdb_tables()'))).rows[0]?.n);
  });
  // Either the cancel landed (no table, a "cancelled" message) or the load had already finished (one table).
  expect(tables).toBe(datasets);
  if (datasets === 0) await expect(page.getByTestId('banner-error')).toContainText('cancelled');
});

test('asked to, the user picks which sheets of a workbook to load', async ({ page }) => {
  await openApp(page, 'zh-CN');
  await page.getByTestId('choose-sheets').check();
  await page.getByTestId('file-input').setInputFiles([file('calls.xlsx')]);
  const choice = page.getByTestId('sheet-choice');
  // 通话 and agents each have a header and 2 rows; the empty third sheet is not offered
  await expect(choice.getByTestId('sheet-option')).toHaveCount(2, { timeout: 30_000 });
  await expect(choice).toContainText('通话（2 行）');
  await expect(choice).toContainText('agents（2 行）');
  await page.screenshot({ path: 'test-results/ingest-sheet-choice-zh.png', fullPage: true });
  await choice.getByTestId('sheet-option').first().uncheck();
  await choice.getByTestId('sheets-load').click();
  const datasets = page.getByTestId('dataset');
  await expect(datasets).toHaveCount(1, { timeout: 30_000 });
  await expect(datasets).toContainText('calls.xlsx — agents');
  await expect(choice).toHaveCount(0);
});

test('a long load shows how many bytes have been read', async ({ page }) => {
  await openApp(page, 'en');
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="progress"]')?.textContent;
      if (text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  // 1.2M rows of about 34 bytes: 40.5 million bytes, 38.6 MB; the engine reads it for over a second
  const rows = Array.from({ length: 1_200_000 }, (_, i) => `K${i},2026-01-01 00:00:00,${i % 300},Y`).join('\n');
  await page.getByTestId('file-input').setInputFiles({
    name: 'long.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`id,start,wait,ok\n${rows}\n`),
  });
  await expect(page.getByTestId('dataset')).toHaveCount(1, { timeout: 60_000 });
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  // the engine's own progress while it reads: some megabytes (not zero, not all) of the file's 38.6
  const partway = seen.filter((text) => /reading · [1-9][\d.]* MB of 38\.6 MB/.test(text));
  expect(partway.length).toBeGreaterThan(0);
});
