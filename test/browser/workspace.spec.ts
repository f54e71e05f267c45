import { expect, openApp, test } from './fixtures';
import type { Page } from '@playwright/test';

async function sample(page: Page): Promise<void> {
  await page.getByTestId('try-sample').click();
  // calls.csv holds 30,599 calls, all offered with no filter.
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599', { timeout: 60_000 });
}

test('each analysis has its own address; Back and Forward move between them', async ({ page }) => {
  await openApp(page, 'en');
  await sample(page);
  expect(new URL(page.url()).hash).toBe('#/overview');
  const nav = page.getByRole('navigation', { name: 'Analyses' });
  const links = nav.getByRole('link');
  await expect(links.first()).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('main').locator('[data-analysis="overview"]')).toBeVisible();
  // Tiles carry their figures unrounded: 27,024 answered ÷ 30,599 offered = 0.88316…
  await expect(page.locator('[data-figure="overview.offered"]')).toHaveAttribute('data-value', '30599');
  const rate = Number(await page.locator('[data-figure="overview.answer_rate"]').getAttribute('data-value'));
  expect(rate).toBeCloseTo(27_024 / 30_599, 10);
  // Every analysis the build has, and only those: visiting each, then Back, comes home to the overview.
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs.slice(1)) {
    await nav.locator(`a[href="${href}"]`).click();
    await expect(page.locator(`[data-analysis="${href.slice(2)}"]`)).toBeVisible({ timeout: 30_000 });
    expect(new URL(page.url()).hash).toBe(href);
  }
  for (let i = 1; i < hrefs.length; i++) await page.goBack();
  await expect(page.locator('[data-analysis="overview"]')).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/overview');
  // An address this build has no analysis for is not a placeholder: it falls back to the overview.
  await page.evaluate(() => {
    window.location.hash = '#/no-such-analysis';
  });
  await expect.poll(() => new URL(page.url()).hash).toBe('#/overview');
  await expect(page.locator('[data-analysis="overview"]')).toBeVisible();
  await expect(page.locator('[data-analysis]')).toHaveCount(1);
});

test('the open analysis and its settings come back from a saved view, a reload and a link', async ({ page }) => {
  await openApp(page, 'en');
  await sample(page);
  await page.getByTestId('setting-grain').selectOption('hour');
  await page.getByTestId('setting-serviceLevelSeconds').fill('30');
  await expect(page.getByTestId('kpi-serviceLevel')).toContainText('Service level 30 s');
  await expect(page.getByRole('img', { name: 'Hourly offered calls and answer rate' })).toBeVisible();
  await page.getByTestId('view-name').fill('Hourly, 30 s');
  await page.getByTestId('view-save').click();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#\/overview\?view=1\./);

  await page.getByTestId('setting-grain').selectOption('day');
  await page.getByTestId('setting-serviceLevelSeconds').fill('20');
  await expect(page.getByTestId('kpi-serviceLevel')).toContainText('Service level 20 s');
  await page.getByTestId('view-open').click();
  await expect(page.getByTestId('setting-grain')).toHaveValue('hour', { timeout: 30_000 });
  await expect(page.getByTestId('kpi-serviceLevel')).toContainText('Service level 30 s');
  await expect(page.getByTestId('setting-serviceLevelSeconds')).toHaveValue('30');

  await page.reload();
  await expect(page.getByTestId('setting-grain')).toHaveValue('hour', { timeout: 30_000 });
  await expect(page.getByTestId('kpi-serviceLevel')).toContainText('Service level 30 s');
  expect(new URL(page.url()).hash).toBe('#/overview');

  await page.getByTestId('setting-grain').selectOption('day');
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByTestId('setting-grain')).toHaveValue('hour', { timeout: 30_000 });
  await expect(page.getByRole('img', { name: 'Hourly offered calls and answer rate' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/overview');
});

for (const language of ['en', 'zh-CN'] as const) {
  test(`the shell at 390 px (${language}): one column, the data panel a drawer, every tile on screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, language);
    await page.screenshot({ path: `test-results/shell-390-first-${language}.png`, fullPage: true });
    await sample(page);
    await expect(page.getByTestId('drawer-toggle')).toBeVisible();
    await expect(page.getByTestId('data-panel')).toBeHidden();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const box of await page.locator('.kpi-tile').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect())))
      expect(box.right).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `test-results/shell-390-${language}.png`, fullPage: true });
    // A tap opens a definition (no hover on a phone).
    await page.getByTestId('kpi-answerRate').locator('.kpi-info').click();
    await expect(page.getByTestId('kpi-answerRate').locator('.kpi-definition')).toBeVisible();
    await page.getByTestId('drawer-toggle').click();
    await expect(page.getByTestId('data-panel')).toBeVisible();
    await expect(page.getByTestId('dataset').first()).toBeVisible();
    await page.screenshot({ path: `test-results/shell-390-drawer-${language}.png` });
    await page.getByTestId('drawer-close').click();
    await expect(page.getByTestId('data-panel')).toBeHidden();
  });
}

test('at 1440 px the analysis has the room; definitions open on keyboard focus', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, 'en');
  await sample(page);
  const main = await page.getByRole('main').boundingBox();
  expect(main!.width).toBeGreaterThan(1440 * 0.7);
  // Column lists are collapsed: the sidebar does not list every column of every table.
  await expect(page.locator('.dataset-column').first()).toBeHidden();
  await page.getByTestId('kpi-serviceLevel').focus();
  await expect(page.getByTestId('kpi-serviceLevel').locator('.kpi-definition')).toBeVisible();
  await page.screenshot({ path: 'test-results/shell-1440-en.png' });
  // The setting is a price per offered call; the tile is cost per answered call, in the chosen currency:
  // 5 × 30,599 offered ÷ 27,024 answered = 5.6615…
  await page.getByTestId('setting-currency').fill('CNY');
  await page.getByTestId('setting-costPerOfferedCall').fill('5');
  await expect(page.getByText('Cost of each offered call (CNY)')).toBeVisible();
  const tile = page.locator('[data-figure="overview.cost_per_contact"]');
  await expect(tile).toHaveText(/5\.66/);
  await expect(tile).toContainText('CN¥');
  expect(Number(await tile.getAttribute('data-value'))).toBeCloseTo((5 * 30_599) / 27_024, 6);
});

test('a second tab says at the top that it only reads', async ({ page, context }) => {
  await openApp(page, 'en');
  const second = await context.newPage();
  await openApp(second, 'en');
  const banner = second.getByTestId('views-reader');
  await expect(banner).toBeVisible();
  const top = (await banner.boundingBox())!.y;
  expect(top).toBeLessThan((await second.getByRole('main').boundingBox())!.y);
  await second.close();
});
