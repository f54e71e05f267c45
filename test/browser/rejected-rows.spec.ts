import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/**
 * 1,000 good rows with three bad ones put in after rows 10, 500 and 900: a header line, then row i on line
 * i + 1 until the first bad row, so the bad rows are lines 12, 503 and 904 (each earlier bad row moves the later
 * lines down one).
 */
function threeBadRows(): Buffer {
  const lines = ['call_id,agent,wait_s'];
  for (let i = 1; i <= 1000; i++) {
    lines.push(`C${i},A${i % 7},${i % 60}`);
    if (i === 10) lines.push('C10b,A1,5,extra');
    if (i === 500) lines.push('C500b,A2');
    if (i === 900) lines.push('C900b,<img src=x onerror=alert(1)>,1,2');
  }
  return Buffer.from(lines.join('\n') + '\n');
}

async function upload(page: Page, name: string, buffer: Buffer) {
  await page.getByTestId('file-input').setInputFiles([{ name, mimeType: 'text/csv', buffer }]);
}

for (const [language, sentence, lineLabel] of [
  ['en', '3 of 1,003 rows could not be read (lines 12, 503, 904): too many fields, too few fields.', 'Line'],
  ['zh-CN', '1,003 行中有 3 行无法读取（第 12、503、904 行）：字段过多、字段过少。', '行号'],
] as const) {
  test(`three bad rows are set aside and shown (${language})`, async ({ page }) => {
    await openApp(page, language);
    await upload(page, 'three-bad.csv', threeBadRows());
    const dataset = page.getByTestId('dataset');
    await expect(dataset).toHaveCount(1, { timeout: 30_000 });
    const table = await dataset.getAttribute('data-table');
    const rows = dataset.locator('[data-figure="table.rows"]');
    await expect(rows).toHaveAttribute('data-key', table!);
    await expect(rows).toHaveAttribute('data-value', '1000');
    const rejected = dataset.locator('[data-figure="table.rejected"]');
    await expect(rejected).toHaveAttribute('data-key', table!);
    await expect(rejected).toHaveAttribute('data-value', '3');
    await expect(dataset.getByTestId('rejected-sentence')).toHaveText(sentence);
    await dataset.getByTestId('toggle-rejected').click();
    const list = dataset.getByTestId('rejected-list');
    // one file: no file column, the line comes first
    await expect(list.locator('th').first()).toHaveText(lineLabel);
    await expect(list.locator('[data-figure="table.rejectedLine"]')).toHaveText(['12', '503', '904']);
    // the row's text is shown as text: no element is made from it
    await expect(list).toContainText('C900b,<img src=x onerror=alert(1)>,1,2');
    await expect(list.locator('img')).toHaveCount(0);
    await page.screenshot({ path: `test-results/rejected-rows-${language}-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `test-results/rejected-rows-${language}-390.png`, fullPage: true });
  });
}

test('many bad rows: asked first with the first bad lines; "do not load" keeps nothing, "load" loads the rest', async ({
  page,
}) => {
  await openApp(page, 'zh-CN');
  // 100 rows where every 20th is ragged: rows 20, 40, …, 100 are lines 21, 41, 61, 81, 101; 5 / 100 = 5% > 1%
  const lines = ['id,name,n'];
  for (let i = 1; i <= 100; i++) lines.push(i % 20 === 0 ? `${i},x` : `${i},n${i},${i}`);
  const buffer = Buffer.from(lines.join('\n') + '\n');
  await upload(page, 'many-bad.csv', buffer);
  const question = page.getByTestId('reject-question');
  await expect(question).toContainText('many-bad.csv：100 行中有 5 行无法读取（5%）', { timeout: 30_000 });
  await expect(question.locator('[data-figure="table.rejectedLine"]')).toHaveText(['21', '41', '61', '81', '101']);
  await page.screenshot({ path: 'test-results/rejected-ask-zh.png', fullPage: true });
  await question.getByTestId('rejects-skip').click();
  await expect(page.getByTestId('banner-error')).toContainText('未加载 many-bad.csv：100 行中有 5 行无法读取');
  await expect(page.getByTestId('dataset')).toHaveCount(0);

  await upload(page, 'many-bad-2.csv', buffer);
  await page.getByTestId('rejects-load').click();
  const dataset = page.getByTestId('dataset');
  await expect(dataset.locator('[data-figure="table.rows"]')).toHaveAttribute('data-value', '95');
  await expect(dataset.locator('[data-figure="table.rejected"]')).toHaveAttribute('data-value', '5');
});

test('a file none of whose rows can be read names the line and the problem in Chinese', async ({ page }) => {
  await openApp(page, 'zh-CN');
  await upload(page, 'all-bad.csv', Buffer.from('a,b,c\n1,2\n3,4\n'));
  await expect(page.getByTestId('banner-error')).toContainText('all-bad.csv：2 行数据都无法读取（第 2 行：字段过少）', {
    timeout: 30_000,
  });
});
