import type { Page } from '@playwright/test';
import { querySource } from '../../src/explore/run-statements.ts';
import { inlineSql } from '../../src/sql/index.ts';
import type { GridColumn } from '../../src/ui/grid/column-kind.ts';
import { countSql, pageSql, type GridQuery } from '../../src/ui/grid/grid-sql.ts';
import { openAppPage, type BenchContext, type Suite } from '../harness.ts';
import { nativeQueryMs } from '../native.ts';

/** A user query of `rows` rows: a generated series joined to a small table, with a column worth sorting by. */
const userQuery = (rows: number) =>
  `select r.i, c.channel, hash(r.i) % 100000 as h\nfrom range(${rows}) r(i)\n` +
  `join (values (0, 'phone'), (1, 'chat'), (2, 'email'), (3, 'web')) c(k, channel) on r.i % 4 = c.k`;

const COLUMNS: GridColumn[] = [
  { name: 'i', type: 'BIGINT', kind: 'integer' },
  { name: 'channel', type: 'VARCHAR', kind: 'text' },
  { name: 'h', type: 'UBIGINT', kind: 'integer' },
];

/** The statements the grid sends for each step, as text native DuckDB runs unchanged. */
function gridStatements(rows: number) {
  const base: GridQuery = { source: querySource(userQuery(rows)), sort: null, filters: {}, tiebreak: [] };
  const sorted: GridQuery = { ...base, sort: { column: 'h', descending: false } };
  const text = (query: GridQuery, offset: number) => inlineSql(pageSql(query, COLUMNS, offset, 100));
  return {
    open: [inlineSql(countSql(base, COLUMNS)), text(base, 0)],
    middle: [text(base, Math.floor(rows / 2))],
    sort: [inlineSql(countSql(sorted, COLUMNS)), text(sorted, 0)],
  };
}

/**
 * Runs one step in the page and waits (polling each frame) until the workbench's grid shows filled rows: `open`
 * clicks Run (again: the last run's grid must go first), `middle` scrolls half way, `sort` sorts by h.
 */
async function step(
  page: Page,
  action: 'open' | 'middle' | 'sort',
): Promise<{ ms: number; row: number; counted: number }> {
  // No named functions inside: the bench runs through tsx, whose helpers for function names do not exist in the page.
  return page.evaluate(async (what) => {
    const selector = '[data-testid="explore-grid"]';
    const started = performance.now();
    let min = 0;
    const grid = document.querySelector<HTMLElement>(selector);
    // Run again: the grid from the last run goes away, and only a new one's rows count.
    const old = what === 'open' ? grid : null;
    if (what === 'open') document.querySelector<HTMLButtonElement>('[data-testid="explore-run"]')!.click();
    if (what === 'middle' && grid) {
      const scroller = grid.querySelector<HTMLElement>('.grid-scroll')!;
      scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) / 2;
      min = Math.floor(Number(grid.querySelector('[data-figure="explore.rows"]')!.getAttribute('data-value')) * 0.45);
    }
    if (what === 'sort' && grid) {
      [...grid.querySelectorAll<HTMLButtonElement>('.grid-sort')].find((b) => b.textContent?.startsWith('h'))!.click();
      while (!grid.querySelector('[aria-sort="ascending"]')) await new Promise((r) => requestAnimationFrame(r));
    }
    for (;;) {
      const shown = document.querySelector<HTMLElement>(selector);
      if (shown && shown !== old && Number(shown.dataset.heldRows ?? 0) > 0) {
        for (const row of shown.querySelectorAll<HTMLElement>('[data-row]')) {
          const index = Number(row.dataset.row);
          const text = row.querySelector('[role="gridcell"]')?.textContent ?? '';
          if (index >= min && text !== '') {
            const ms = performance.now() - started;
            // The row count follows the first rows; the next step needs it (a jump scrolls the counted height).
            while (!shown.querySelector('[data-figure="explore.rows"]'))
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
  await page.getByTestId('try-sample').click();
  await page.getByTestId('nav-explore').click();
  await page.getByTestId('explore-editor').and(page.locator('[data-ready="true"]')).waitFor({ timeout: 60_000 });
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(userQuery(rows));
  const label = `${rows.toLocaleString('en')}-row user query`;
  const native = gridStatements(rows);
  const line = async (name: string, ms: number, statements: readonly string[], target?: string) => {
    const peer = await nativeQueryMs(statements);
    report(`${name}, ${label}`, `${ms.toFixed(0)} ms`, target);
    report(`  native DuckDB (1 thread), same SQL; wasm/native`, `${peer.toFixed(0)} ms ×${(ms / peer).toFixed(1)}`);
  };
  // The first Run also loads and starts the grid's code; the second times the query alone.
  const open = await step(page, 'open');
  await line('explore: first Run to first page on screen', open.ms, native.open);
  const again = await step(page, 'open');
  await line('explore: Run again (warm) to first page on screen', again.ms, native.open, budget);
  report(`explore: Run again (warm) to row count on screen, ${label}`, `${again.counted.toFixed(0)} ms`);
  const middle = await step(page, 'middle');
  await line(`explore: jump to the middle (row ${middle.row.toLocaleString('en')})`, middle.ms, native.middle);
  const sort = await step(page, 'sort');
  await line('explore: sort by h, first page on screen', sort.ms, native.sort);
  report(`explore: sort by h, row count on screen, ${label}`, `${sort.counted.toFixed(0)} ms`);
  const peak = await page.getByTestId('explore-grid').getAttribute('data-peak-rows');
  report(`explore: most rows held on the main thread at once, ${label}`, String(peak), '≤ 100k');
  await page.context().close();
}

/** The workbench's grid over a 1M- and a 10M-row user query, driven through the UI, with native DuckDB's time. */
export const explore: Suite = {
  name: 'explore',
  async run(ctx) {
    await measure(ctx, 1_000_000, '≤ 150 ms');
    if (process.env.BENCH_SKIP_10M) return;
    await measure(ctx, 10_000_000, '≤ 1.5 s');
  },
};
