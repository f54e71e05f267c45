import { join } from 'node:path';
import { expect, openApp, test } from './fixtures';
import type { Page } from '@playwright/test';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const file = (name: string) => join(FIXTURES, name);

// Engine type names and raw booleans that must never reach a reader of the Chinese page.
const ENGINE_WORDS =
  /\b(VARCHAR|BIGINT|INTEGER|DOUBLE|TIMESTAMP|BOOLEAN|DECIMAL|DATE|varchar|bigint|double|timestamp|boolean|true|false)\b/;
// What DuckDB's own messages are made of.
const ENGINE_ENGLISH = /Error|error|Invalid|Parquet footer|Unexpected|JSON at position|Candidate|LINE \d/;

/** The text a person can see (closed disclosures, hidden inputs and options excluded). */
const visibleText = (page: Page) => page.locator('body').innerText();

async function loadSample(page: Page) {
  await page.getByTestId('try-sample').click();
  // 来电记录.csv holds 30,599 calls.
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599', { timeout: 30_000 });
}

for (const width of [1280, 390]) {
  test(`the Chinese page shows types and yes/no in words, never engine names (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openApp(page, 'zh-CN');
    await page.screenshot({ path: `test-results/zh-first-run-${width}.png`, fullPage: true });
    await loadSample(page);
    await page.screenshot({ path: `test-results/zh-overview-${width}.png`, fullPage: true });

    // Under 900 px the data panel is a drawer: open it to read the table cards.
    if (width < 900) await page.getByTestId('drawer-toggle').click();
    const calls = page.getByTestId('dataset').filter({ hasText: '来电记录' });
    // 是否解决 holds 是/否 in the file; read as a yes/no column, it is shown as 是/否, not boolean.
    await expect(calls).toContainText('是否解决 是/否');
    await expect(calls).toContainText('来电时间 日期时间');
    await expect(calls).toContainText('排队时长 整数');
    await calls.getByTestId('toggle-preview').click();
    await expect(calls.getByTestId('data-grid')).toBeVisible();
    await page.getByTestId('data-panel').screenshot({ path: `test-results/zh-data-cards-${width}.png` });
    expect(await visibleText(page)).not.toMatch(ENGINE_WORDS);
    if (width < 900) await page.getByTestId('drawer-close').click();

    await page.getByTestId('edit-mapping').click();
    const mapping = page.getByTestId('mapping-screen');
    await expect(mapping).toContainText('匹配度高');
    await expect(mapping).not.toContainText('把握');
    // Map the outcome to the yes/no column: its values read 是 and 否, never true/false.
    await page.getByTestId('role-calls-answered').selectOption('是否解决');
    const answers = page.getByTestId('outcome-values').locator('tbody th');
    // The outcome it replaces (接通/放弃) also has two values: wait for the new ones.
    await expect.poll(async () => (await answers.allInnerTexts()).sort()).toEqual(['否', '是']);
    await mapping.screenshot({ path: `test-results/zh-mapping-${width}.png` });
    expect(await visibleText(page)).not.toMatch(ENGINE_WORDS);
  });
}

test('a filter chip and a locked KPI read as Chinese: full-width colon, quoted role names', async ({ page }) => {
  await openApp(page, 'zh-CN');
  await loadSample(page);
  await page.getByTestId('filter-add').selectOption({ label: '电话' });
  await expect(page.getByTestId('filter-chip')).toHaveText(/^渠道：电话/);
  await page.getByTestId('filter-from').fill('2026-02-01');
  await expect(page.getByTestId('filter-chip').first()).toHaveText(/^日期：2026-02-01 至 …/);
  expect(await visibleText(page)).not.toMatch(/[\u4e00-\u9fff]\s*[:,;]|[:,;]\s*[\u4e00-\u9fff]/);
});

test('engine errors on the Chinese page are explained in Chinese, the raw text only behind 详细信息', async ({
  page,
}) => {
  await openApp(page, 'zh-CN');
  await page.getByTestId('file-input').setInputFiles([file('broken.json'), file('calls-truncated.parquet')]);
  const errors = page.getByTestId('banner-error');
  await expect(errors).toHaveCount(2, { timeout: 30_000 });
  await expect(errors.filter({ hasText: 'broken.json' })).toContainText('不是有效的 JSON');
  await expect(errors.filter({ hasText: 'calls-truncated.parquet' })).toContainText('不是完整的 Parquet 文件');
  await page.screenshot({ path: 'test-results/zh-engine-errors.png', fullPage: true });
  expect(await visibleText(page)).not.toMatch(ENGINE_ENGLISH);

  // The engine's words are kept for a bug report, one click away.
  const details = errors.filter({ hasText: 'calls-truncated.parquet' }).getByTestId('error-details');
  await details.locator('summary').click();
  await expect(details.locator('pre')).toContainText('Parquet');
});

test('an append the engine refuses is explained in Chinese, not in DuckDB’s words', async ({ page }) => {
  await openApp(page, 'zh-CN');
  await page
    .getByTestId('file-input')
    .setInputFiles([{ name: '月度.csv', mimeType: 'text/csv', buffer: Buffer.from('客户号,金额\nC1,10\nC2,20\n') }]);
  await expect(page.getByTestId('dataset')).toHaveCount(1, { timeout: 30_000 });
  await page
    .locator('[data-testid="dataset"] input[type="file"]')
    .setInputFiles([{ name: '月度2.csv', mimeType: 'text/csv', buffer: Buffer.from('客户号,金额\nC3,很多\n') }]);
  const error = page.getByTestId('banner-error');
  await expect(error).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: 'test-results/zh-append-error.png', fullPage: true });
  expect(await visibleText(page)).not.toMatch(ENGINE_ENGLISH);
});
