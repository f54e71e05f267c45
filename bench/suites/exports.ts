import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from '@playwright/test';
import { generateCallsCsv } from '../generate-calls.ts';
import { loadCallsInPage, openAppPage, type BenchContext, type Suite } from '../harness.ts';

const ROWS = 1_000_000;

/** Exports the open drill list in one format through its Export menu; the time runs from the click to the file. */
async function exportList(page: Page, format: 'csv' | 'parquet'): Promise<{ ms: number; bytes: number }> {
  const menu = page.getByTestId('grid-export');
  await menu.locator('.export-toggle').click();
  const started = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 600_000 }),
    menu.locator(`[data-format="${format}"]`).click(),
  ]);
  const path = await download.path();
  const ms = performance.now() - started;
  return { ms, bytes: statSync(path).size };
}

/** Native DuckDB (one thread) writing the same rows with `COPY`: the peer the browser is compared with. */
async function nativeCopyMs(csvPath: string): Promise<{ csv: number; parquet: number }> {
  const folder = mkdtempSync(join(tmpdir(), 'callsight-bench-export-'));
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  try {
    await connection.run(`create table calls as select * from read_csv('${csvPath.replaceAll("'", "''")}')`);
    const time = async (statement: string) => {
      const started = performance.now();
      await connection.run(statement);
      return performance.now() - started;
    };
    const csv = await time(`copy (select * from calls) to '${join(folder, 'calls.csv')}' (format csv, header true)`);
    const parquet = await time(`copy (select * from calls) to '${join(folder, 'calls.parquet')}' (format parquet)`);
    return { csv, parquet };
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(folder, { recursive: true, force: true });
  }
}

export const exportsSuite: Suite = {
  name: 'exports',
  async run({ browser, report }: BenchContext) {
    const path = await generateCallsCsv(ROWS);
    const page = await openAppPage(browser);
    await page.setViewportSize({ width: 1440, height: 900 });
    const loaded = await loadCallsInPage(page, path, ROWS);
    if (loaded.status !== 'ready') throw new Error(`mapping did not apply (${loaded.status})`);
    await page.getByTestId('kpi-offered-drill').click({ timeout: 600_000 });
    const count = page.locator('[data-figure="drill.rows"]');
    await count.waitFor({ timeout: 600_000 });
    const rows = Number(await count.getAttribute('data-value'));
    const label = `${rows.toLocaleString('en')} offered calls`;
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    const csv = await exportList(page, 'csv');
    const parquet = await exportList(page, 'parquet');
    const native = await nativeCopyMs(path);
    report(`drill list → CSV (UTF-8, BOM), click to file, ${label}`, `${csv.ms.toFixed(0)} ms`);
    report(`  its size`, mb(csv.bytes));
    report(`drill list → Parquet, click to file, ${label}`, `${parquet.ms.toFixed(0)} ms`);
    report(`  its size`, mb(parquet.bytes));
    report(`native DuckDB COPY to CSV, ${ROWS.toLocaleString('en')} rows, 1 thread`, `${native.csv.toFixed(0)} ms`);
    report(
      `native DuckDB COPY to Parquet, ${ROWS.toLocaleString('en')} rows, 1 thread`,
      `${native.parquet.toFixed(0)} ms`,
    );
    report('CSV: browser ÷ native', `${(csv.ms / native.csv).toFixed(1)}×`);
    report('Parquet: browser ÷ native', `${(parquet.ms / native.parquet).toFixed(1)}×`);
    await page.context().close();
  },
};
