import type { Page } from '@playwright/test';
import { generateCallsCsv } from '../generate-calls.ts';
import { loadCallsInPage, openAppPage, type BenchContext, type Suite } from '../harness.ts';

/** Loads generated calls through the app's own ingest and mapping; the overview then shows its tiles. */
async function loadCalls(page: Page, rows: number): Promise<void> {
  const status = (await loadCallsInPage(page, await generateCallsCsv(rows), rows)).status;
  if (status !== 'ready') throw new Error(`mapping did not apply (${status})`);
  await page.getByTestId('kpi-offered-drill').waitFor({ timeout: 600_000 });
}

/**
 * Runs one user step in the page and waits (polling each frame) until the grid shows filled rows again: the step
 * names what to do (`open`, `middle`, `sort`); the figure is the time from the step to rows on screen.
 */
async function step(
  page: Page,
  action: 'open' | 'middle' | 'sort',
): Promise<{ ms: number; row: number; counted: number }> {
  // No named functions inside: the bench runs through tsx, whose helpers for function names do not exist in the page.
  return page.evaluate(async (what) => {
    const grid = document.querySelector<HTMLElement>('[data-testid="drill-grid"]');
    const started = performance.now();
    let min = 0;
    if (what === 'open') document.querySelector<HTMLButtonElement>('[data-testid="kpi-offered-drill"]')!.click();
    if (what === 'middle' && grid) {
      const scroller = grid.querySelector<HTMLElement>('.grid-scroll')!;
      scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) / 2;
      min = Math.floor(Number(grid.querySelector('[data-figure="drill.rows"]')!.getAttribute('data-value')) * 0.45);
    }
    if (what === 'sort' && grid) {
      [...grid.querySelectorAll<HTMLButtonElement>('.grid-sort')]
        .find((b) => b.textContent?.startsWith('wait_s'))!
        .click();
      while (!grid.querySelector('[aria-sort="ascending"]')) await new Promise((r) => requestAnimationFrame(r));
    }
    for (;;) {
      const shown = document.querySelector<HTMLElement>('[data-testid="drill-grid"]');
      if (shown && Number(shown.dataset.heldRows ?? 0) > 0) {
        for (const row of shown.querySelectorAll<HTMLElement>('[data-row]')) {
          const index = Number(row.dataset.row);
          const text = row.querySelectorAll('[role="gridcell"]')[1]?.textContent ?? '';
          if (index >= min && text !== '') {
            const ms = performance.now() - started;
            // The row count follows the first rows; the next step needs it (a jump scrolls the counted height).
            while (!shown.querySelector('[data-figure="drill.rows"]'))
              await new Promise((r) => requestAnimationFrame(r));
            return { ms, row: index, counted: performance.now() - started };
          }
        }
      }
      if (performance.now() - started > 600_000) throw new Error(`${what}: no rows after 10 minutes`);
      await new Promise((r) => requestAnimationFrame(r));
    }
  }, action);
}

async function measure({ browser, report }: BenchContext, rows: number, budget: string) {
  const page = await openAppPage(browser);
  await page.setViewportSize({ width: 1440, height: 900 });
  await loadCalls(page, rows);
  const label = `${rows.toLocaleString('en')} calls`;
  const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
  const open = await step(page, 'open');
  report(`drill list from the offered tile: first page on screen, ${label}`, fmt(open.ms), budget);
  report(`drill list from the offered tile: row count on screen, ${label}`, fmt(open.counted));
  const middle = await step(page, 'middle');
  report(`drill list: jump to the middle (row ${middle.row.toLocaleString('en')}), ${label}`, fmt(middle.ms));
  const sort = await step(page, 'sort');
  report(`drill list: sort by wait_s, first page on screen, ${label}`, fmt(sort.ms));
  report(`drill list: sort by wait_s, row count on screen, ${label}`, fmt(sort.counted));
  const sortedMiddle = await step(page, 'middle');
  report(`drill list: sorted, jump to the middle, ${label}`, fmt(sortedMiddle.ms));
  const peak = await page.getByTestId('drill-grid').getAttribute('data-peak-rows');
  report(`drill list: most rows held on the main thread at once, ${label}`, String(peak), '≤ 100k');
  await page.context().close();
}

/** The drill-through list behind the offered tile over 1M and 10M generated calls, driven through the UI. */
export const drill: Suite = {
  name: 'drill',
  async run(ctx) {
    await measure(ctx, 1_000_000, '≤ 150 ms');
    if (process.env.BENCH_SKIP_10M) return;
    await measure(ctx, 10_000_000, '≤ 1.5 s');
  },
};
