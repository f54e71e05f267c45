import { NO_FILTERS } from '../../src/model/filters.ts';
import { generateCallsCsv } from '../generate-calls.ts';
import {
  median,
  openAppPage,
  percentile,
  wasmHeapBytes,
  type BenchContext,
  type Suite,
  loadCallsInPage,
} from '../harness.ts';

// Filter changes a user makes on the overview: a channel, a line, a month, a line within a quarter, none.
const FILTERS = [
  { ...NO_FILTERS, channels: ['phone'] },
  { ...NO_FILTERS, businessLines: ['Mobile'] },
  { ...NO_FILTERS, dateFrom: '2026-03-01', dateTo: '2026-03-31' },
  { ...NO_FILTERS, businessLines: ['TV', 'Billing'], dateFrom: '2026-04-01', dateTo: '2026-06-30' },
  NO_FILTERS,
];

async function measure(
  { browser, report }: BenchContext,
  rows: number,
  rounds: number,
  budget: { median: string; p95: string },
) {
  const path = await generateCallsCsv(rows);
  const page = await openAppPage(browser);
  const loaded = await loadCallsInPage(page, path, rows);
  const status = { result: loaded.status, ms: loaded.mapMs, materialised: loaded.materialised, error: loaded.error };
  if (status.result !== 'ready') throw new Error(`mapping did not apply (${status.result}: ${status.error})`);
  const kpi: number[] = [];
  const daily: number[] = [];
  const panel: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const filters of FILTERS) {
      const ms = await page.evaluate((f) => window.callsightModel!.overviewQueryMs(f), filters);
      if (round === 0) continue; // the first round warms the caches
      kpi.push(ms.kpi);
      daily.push(ms.daily);
      panel.push(ms.kpi + ms.daily);
    }
  }
  const label = `${rows.toLocaleString('en')} calls`;
  const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
  report(`detect + validate + build canonical views once, ${label}`, fmt(status.ms));
  report(`canonical calls copied into a table (else a view, no repeat rate), ${label}`, String(status.materialised));
  report(`overview KPI query after a filter change, ${label}, median`, fmt(median(kpi)), budget.median);
  report(`overview KPI query after a filter change, ${label}, p95`, fmt(percentile(kpi, 0.95)), budget.p95);
  report(`overview daily query after a filter change, ${label}, median`, fmt(median(daily)), budget.median);
  report(`overview whole panel (both queries), ${label}, median`, fmt(median(panel)));
  report(`overview whole panel (both queries), ${label}, p95`, fmt(percentile(panel, 0.95)));
  const heap = await wasmHeapBytes(page);
  report(
    `engine WebAssembly memory after load, build and queries (peak), ${label}`,
    `${(heap / 2 ** 30).toFixed(2)} GB`,
    '≤ 1.2 GB',
  );
  await page.context().close();
}

/** The overview's queries after a filter change, on the canonical `calls` view over 1M and 10M generated calls. */
export const overview: Suite = {
  name: 'overview',
  async run(ctx) {
    await measure(ctx, 1_000_000, 4, { median: '≤ 150 ms', p95: '≤ 300 ms' });
    if (process.env.BENCH_SKIP_10M) return;
    await measure(ctx, 10_000_000, 2, { median: '≤ 1.5 s', p95: '' });
  },
};
