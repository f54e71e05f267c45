import { execSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Page } from '@playwright/test';
import { DuckDBInstance } from '@duckdb/node-api';
import iconv from 'iconv-lite';
import * as XLSX from '@e965/xlsx';
import { BENCH_DATA, generateCallsCsv } from '../generate-calls.ts';
import { openAppPage, attachFile } from '../harness.ts';
import type { Browser } from '@playwright/test';

export interface Loaded {
  ms: number;
  rows: number;
  memoryBytes: number;
  error?: string;
}

/** Loads a file from disk through the app's real ingest path in a fresh page (outside requests blocked). */
export async function loadInBrowser(browser: Browser, path: string): Promise<Loaded & { page: Page }> {
  const page = await openAppPage(browser);
  await attachFile(page, path);
  const loaded = await page.evaluate(async () => {
    const file = (document.getElementById('bench-file') as HTMLInputElement).files![0]!;
    return window.callsight!.benchIngest!(file);
  });
  return { ...loaded, page };
}

/** The 1M-row calls CSV as Parquet, written once by native DuckDB. */
export async function callsParquet(rows: number): Promise<string> {
  const csv = await generateCallsCsv(rows);
  const path = join(BENCH_DATA, `calls-${rows}.parquet`);
  if (existsSync(path)) return path;
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.run(`copy (select * from read_csv('${csv}')) to '${path}' (format parquet)`);
  conn.closeSync();
  db.closeSync();
  return path;
}

/** The calls CSV with Chinese values, encoded as GBK, written once (streaming). */
export async function callsGbk(rows: number): Promise<string> {
  const csv = await generateCallsCsv(rows);
  const path = join(BENCH_DATA, `calls-${rows}-gbk.csv`);
  if (existsSync(path) && statSync(path).size > rows * 50) return path;
  const { Transform } = await import('node:stream');
  const chinese = new Transform({
    transform(chunk: Buffer, _enc, done) {
      const text = chunk
        .toString('latin1')
        .replaceAll('Broadband', '宽带')
        .replaceAll('Mobile', '移动')
        .replaceAll('customer asked, twice', '客户来电两次');
      done(null, iconv.encode(text, 'gbk'));
    },
  });
  // The source is ASCII, so cutting it into chunks anywhere cannot split a character.
  await pipeline(createReadStream(csv), chinese, createWriteStream(path));
  return path;
}

/** The first rows of the calls CSV as a one-sheet workbook, written once. */
export async function callsXlsx(rows: number): Promise<string> {
  const path = join(BENCH_DATA, `calls-${rows}.xlsx`);
  if (existsSync(path)) return path;
  const csv = await generateCallsCsv(1_000_000);
  const lines = execSync(`head -n ${rows + 1} '${csv}'`, { maxBuffer: 1 << 30 })
    .toString()
    .trimEnd()
    .split('\n');
  const aoa = lines.map((l, i) =>
    l
      .replace('"customer asked, twice"', 'customer asked twice')
      .split(',')
      .map((v) => (i > 0 && /^\d+$/.test(v) ? Number(v) : v)),
  );
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), 'calls');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
  return path;
}
