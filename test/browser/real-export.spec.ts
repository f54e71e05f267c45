import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bankCalls, toCsv } from '../fixtures/bank-style';
import { expect, openApp, test } from './fixtures';

const figure = (name: string) => `[data-figure="${name}"]`;

for (const language of ['en', 'zh-CN'] as const) {
  test(`a bank-style export says what it leaves out, and its figures add up (${language})`, async ({ page }) => {
    const calls = bankCalls();
    const dir = join('test-results', 'real-export');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'bank_calls.csv');
    writeFileSync(path, toCsv(calls, calls.slice(0, 12)));
    await openApp(page, language);
    await page.getByTestId('file-input').setInputFiles([path]);
    await expect(page.getByTestId('mapping-screen')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('time-column')).toHaveValue('vru_entry');
    await expect(page.getByTestId('composite-id')).toContainText('vru+line');
    // Customer 0 on every other call: 120 of the 240, plus 6 of the 12 repeated rows (calls 0, 2, …, 10) = 126.
    await expect(page.getByTestId('anonymous-ids')).toContainText('126');
    await expect(page.locator('[data-testid="outcome-values"] tr[data-key="PHANTOM"] select')).toHaveValue(
      'not_offered',
    );
    await page.screenshot({ path: join(dir, `mapping-${language}.png`), fullPage: true });
    await page.getByTestId('apply-mapping').click();
    await expect(page.locator(figure('overview.rows_loaded'))).toHaveAttribute('data-value', '252', {
      timeout: 30_000,
    });
    const value = async (name: string) => Number(await page.locator(figure(name)).getAttribute('data-value'));
    // 240 calls + 12 whole repeated rows; 15 PHANTOM calls (every 17th of 240) were never offered.
    expect(await value('overview.excluded.duplicate')).toBe(12);
    expect(await value('overview.excluded.not_offered')).toBe(15);
    await expect(page.locator(figure('overview.excluded.unreadable_time'))).toHaveCount(0);
    const counted = await value('overview.counted');
    expect(counted).toBe(252 - 12 - 15);
    await expect(page.getByTestId('kpi-offered-value')).toHaveText('225');
    await page.getByTestId('exclusions').locator('summary').click();
    // Each count opens its rows: the 12 whole repeated rows, from canonical.excluded.
    await page.getByTestId('excluded-duplicate').click();
    await expect(page.locator(figure('drill.rows'))).toHaveAttribute('data-value', '12');
    await page.keyboard.press('Escape');
    await page.screenshot({ path: join(dir, `overview-${language}.png`), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(dir, `overview-390-${language}.png`), fullPage: true });
  });
}
