import { expect, openApp, test } from './fixtures';

for (const { language, tag } of [
  { language: 'en', tag: 'en' },
  { language: 'zh-CN', tag: 'zh' },
] as const) {
  test(`the call-reason analysis on the sample (${tag}): figures, R23 emerging, screenshots`, async ({ page }) => {
    test.setTimeout(120_000);
    await openApp(page, language);
    await page.getByTestId('try-sample').click();
    await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599', { timeout: 30_000 });
    await page.evaluate(() => {
      window.location.hash = '#/reasons';
    });
    const panel = page.getByTestId('reasons');
    await expect(panel).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    // 26 codes, R25 merged into R01 → 25 reasons; every code is mapped, none is "other" → coverage gap 0.
    await expect(panel.locator('[data-figure="reasons.reasons"]')).toHaveAttribute('data-value', '25');
    await expect(panel.locator('[data-figure="reasons.coverage"]')).toHaveAttribute('data-value', '0');
    const top = Number(await panel.locator('[data-figure="reasons.top_share"]').getAttribute('data-value'));
    expect(top).toBeGreaterThan(0);
    await expect(panel.locator('[data-figure="reasons.share"]')).toHaveCount(25);
    // The panel counts what the overview counts, and says what it leaves out of the rows loaded.
    await expect(panel.locator('[data-figure="reasons.offered"]')).toHaveAttribute('data-value', '30599');
    await expect(panel.locator('[data-figure="reasons.counted"]')).toHaveAttribute('data-value', '30599');
    const loaded = Number(await panel.locator('[data-figure="reasons.rows_loaded"]').getAttribute('data-value'));
    await expect(panel.locator('[data-figure="reasons.left_out"]')).toHaveAttribute(
      'data-value',
      String(loaded - 30599),
    );
    // What VIPs call about: the VIP and other-customer groups hold identified callers' calls only.
    const segments = panel.getByTestId('reasons-segments');
    const groupCalls = segments.locator('[data-figure="reasons.segment_calls"]');
    await expect(groupCalls).toHaveCount(2, { timeout: 30_000 });
    await expect(segments.locator('tr[data-key="vip"]')).toHaveCount(1);
    const inGroups = (await groupCalls.evaluateAll((c) => c.map((e) => Number(e.getAttribute('data-value'))))).reduce(
      (a, b) => a + b,
      0,
    );
    expect(inGroups).toBeGreaterThan(0);
    expect(inGroups).toBeLessThanOrEqual(30599);
    const emerging = panel.locator('[data-finding*="\\"kind\\":\\"emerging\\""]');
    await expect(emerging).toHaveCount(1);
    const finding = JSON.parse((await emerging.getAttribute('data-finding')) ?? '{}') as {
      segment: string;
      period: string;
    };
    expect(finding.segment).toBe('R23');
    expect(finding.period.slice(0, 7)).toBe('2026-04');
    await expect(panel.locator('[data-finding*="\\"kind\\":\\"disappearing\\""]')).toHaveCount(1);
    await expect(panel.locator('[data-finding*="\\"kind\\":\\"spike\\""]')).toHaveCount(1, { timeout: 30_000 });
    await page.screenshot({ path: `test-results/reasons-${tag}.png`, fullPage: true });
    for (const part of ['trends', 'spike', 'transitions', 'segments'])
      await panel.getByTestId(`reasons-${part}`).screenshot({ path: `test-results/reasons-${tag}-${part}.png` });
    await page.screenshot({
      path: `test-results/reasons-${tag}-top.png`,
      clip: { x: 0, y: 0, width: 1280, height: 800 },
    });
    await page.setViewportSize({ width: 390, height: 844 });
    await panel.getByTestId('exclusions').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/reasons-${tag}-390.png`, fullPage: false });
    await panel.getByTestId('reasons-segments').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/reasons-${tag}-390-segments.png`, fullPage: false });
    await panel.getByTestId('reasons-matrix').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/reasons-${tag}-390-matrix.png` });
  });
}

test('a keyword tag counts competitor mentions by month and opens its calls', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, 'en');
  await page.getByTestId('try-sample').click();
  await expect(page.getByTestId('kpi-offered-value')).toHaveText('30,599', { timeout: 30_000 });
  await page.evaluate(() => {
    window.location.hash = '#/reasons';
  });
  await expect(page.getByTestId('reasons')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await page.getByTestId('tag-name').fill('SkyNet');
  await page.getByTestId('tag-include').fill('skynet telecom，天网通信');
  await page.getByTestId('tag-add').click();
  const cells = page.locator('[data-figure="reasons.tag_month"]');
  await expect(cells).toHaveCount(6, { timeout: 30_000 });
  expect(await cells.evaluateAll((c) => c.map((e) => e.getAttribute('data-value')))).toEqual([
    '8',
    '11',
    '5',
    '13',
    '101',
    '32',
  ]);
  await expect(page.locator('[data-finding*="\\"kind\\":\\"tag\\""]')).toHaveCount(1);
  await page.getByTestId('tags-table').getByRole('button', { name: 'Show calls' }).click();
  // The tag's calls: 8 + 11 + 5 + 13 + 101 + 32 = 170 notes name the competitor.
  await expect(page.locator('[data-figure="drill.rows"]')).toHaveAttribute('data-value', '170');
});
