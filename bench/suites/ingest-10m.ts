import { execSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { generateCallsCsv } from '../generate-calls.ts';
import { wasmHeapBytes, type Suite } from '../harness.ts';
import { loadInBrowser } from './ingest-files.ts';

const ROWS = 10_000_000;

/** Resident memory of the largest Chromium process (the tab's renderer or the engine's worker host), bytes. */
function largestChromiumRss(): number {
  const out = execSync('ps -C chromium -o rss= 2>/dev/null || true').toString();
  return Math.max(
    0,
    ...out
      .split('\n')
      .map((l) => Number(l.trim()) * 1024)
      .filter(Number.isFinite),
  );
}

/** A 10M-row, ~0.7 GB CSV read in place by a tab: time, DuckDB memory after, peak process memory during. */
export const ingest10m: Suite = {
  name: 'ingest 10m csv',
  async run({ browser, report }) {
    const path = await generateCallsCsv(ROWS);
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, largestChromiumRss())), 250);
    const loaded = await loadInBrowser(browser, path).finally(() => clearInterval(timer));
    const heap = await wasmHeapBytes(loaded.page);
    await loaded.page.context().close();
    if (loaded.error) throw new Error(loaded.error);
    const gb = (b: number) => `${(b / 2 ** 30).toFixed(2)} GB`;
    report(
      `CSV ${ROWS.toLocaleString('en')} rows (${gb(statSync(path).size)}), load time`,
      `${(loaded.ms / 1000).toFixed(1)} s`,
    );
    report(`  rows loaded`, loaded.rows.toLocaleString('en'));
    report(`  DuckDB memory after load`, gb(loaded.memoryBytes));
    report(`  engine WebAssembly memory (its peak: it never shrinks)`, gb(heap), '≤ 1.2 GB');
    report(`  peak resident memory of the largest Chromium process`, gb(peak));
  },
};
