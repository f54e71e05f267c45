import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import * as XLSX from '@e965/xlsx';
import { expect, openApp, test } from './fixtures';

// Big enough that decoding either file on the main thread took one task well over 50 ms here.
const PARQUET_ROWS = 300_000;
const XLSX_ROWS = 30_000;
const LINES = ['宽带', '移动', '固话'];

let dir = '';

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'callsight-off-main-'));
  const ids = Array.from({ length: PARQUET_ROWS }, (_, i) => `C${i}`);
  const arrow = tableFromArrays({
    id: ids,
    wait: Int32Array.from({ length: PARQUET_ROWS }, (_, i) => i % 100),
    line: Array.from({ length: PARQUET_ROWS }, (_, i) => LINES[i % 3]!),
  });
  const { Table, writeParquet } = await import('parquet-wasm/node');
  writeFileSync(join(dir, 'big.parquet'), writeParquet(Table.fromIPCStream(tableToIPC(arrow, 'stream'))));
  const rows = [
    ['id', 'wait', 'line'],
    ...Array.from({ length: XLSX_ROWS }, (_, i) => [`X${i}`, i % 60, LINES[i % 3]!]),
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'calls');
  writeFileSync(join(dir, 'big.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }));
  const small = tableFromArrays({ id: ['a', 'b'], wait: Int32Array.from([1, 2]) });
  writeFileSync(join(dir, 'small.parquet'), writeParquet(Table.fromIPCStream(tableToIPC(small, 'stream'))));
  const smallBook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    smallBook,
    XLSX.utils.aoa_to_sheet([
      ['id', 'wait'],
      ['a', 1],
    ]),
    'calls',
  );
  writeFileSync(join(dir, 'small.xlsx'), XLSX.write(smallBook, { type: 'buffer', bookType: 'xlsx' }));
});

/** Starts recording main-thread long tasks (over 50 ms) from now on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const found: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = found;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) found.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
  });
}

const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);

async function scalar(page: Page, statement: string): Promise<unknown> {
  return page.evaluate(async (text) => {
    const engine = await window.callsight!.engine();
    return Object.values((await engine.query(window.callsight!.raw(text))).rows[0] ?? {})[0];
  }, statement);
}

test('Parquet and Excel are decoded off the main thread: no long task while they load', async ({ page }) => {
  await openApp(page, 'en');
  // Small files first: the code that loads on first use (decoders, table cards) is compiled before the watch, on a
  // cold browser that alone took one task over 50 ms.
  await page.getByTestId('file-input').setInputFiles([join(dir, 'small.parquet'), join(dir, 'small.xlsx')]);
  const datasets = page.getByTestId('dataset');
  await expect(datasets).toHaveCount(2, { timeout: 45_000 });
  await watchLongTasks(page);
  await page.getByTestId('file-input').setInputFiles([join(dir, 'big.parquet'), join(dir, 'big.xlsx')]);
  await expect(datasets).toHaveCount(4, { timeout: 45_000 });
  await expect(datasets.filter({ hasText: 'big.parquet' }).getByTestId('dataset-meta')).toContainText('300,000 rows');
  await expect(datasets.filter({ hasText: 'big.xlsx' }).getByTestId('dataset-meta')).toContainText('30,000 rows');
  expect(await longTasks(page), 'main-thread long tasks (ms) during the load').toEqual([]);

  // wait = i % 100 over 300,000 rows: 3,000 full cycles of 0 + 1 + … + 99 = 4,950, so 3,000 × 4,950 = 14,850,000
  expect(Number(await scalar(page, 'select sum(wait) from big'))).toBe(14_850_000);
  // line cycles 宽带, 移动, 固话: 300,000 / 3 = 100,000 each; row 299,999 has i % 3 = 2, so id C299999 is 固话
  expect(Number(await scalar(page, `select count(*) from big where line = '移动'`))).toBe(100_000);
  expect(await scalar(page, `select line from big where id = 'C299999'`)).toBe('固话');
  // wait = i % 60 over 30,000 rows: 500 cycles of 0 + 1 + … + 59 = 1,770, so 500 × 1,770 = 885,000
  expect(Number(await scalar(page, 'select sum(wait) from big_calls'))).toBe(885_000);
  // 30,000 / 3 = 10,000 rows of each line; the last row X29999 has i % 3 = 2 (固话)
  expect(Number(await scalar(page, `select count(*) from big_calls where line = '宽带'`))).toBe(10_000);
  expect(await scalar(page, `select line from big_calls where id = 'X29999'`)).toBe('固话');
});
