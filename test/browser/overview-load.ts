import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { Page } from '@playwright/test';

/** Loads CSV files into the page's engine and adds them as datasets, as ingest will (no ingest UI yet). */
export async function loadCsvs(page: Page, files: { path: string; table: string; gbk?: boolean }[]): Promise<void> {
  for (const f of files) {
    const bytes = readFileSync(f.path);
    const text = f.gbk ? iconv.decode(bytes, 'gbk') : bytes.toString('utf8');
    await page.evaluate(
      async ({ text, table }) => {
        const engine = await window.callsight!.engine();
        const file = `${table}.csv`;
        // Registered where the engine's guard lets SQL read files, as ingest registers them.
        const name = `ingest/${file}`;
        await engine.registerFile(name, new TextEncoder().encode(text));
        const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
        await engine.query(
          window.callsight!.raw(`create table ${q(table)} as select * from read_csv('${name}', header = true)`),
        );
        const cols = await engine.query(
          window.callsight!.raw(`select column_name, column_type from (describe ${q(table)})`),
        );
        const n = await engine.query(window.callsight!.raw(`select count(*) as n from ${q(table)}`));
        window.callsightModel!.addDataset({
          id: table,
          table,
          label: file,
          sources: [file],
          rows: Number(n.rows[0]?.n),
          columns: cols.rows.map((r) => ({ name: String(r.column_name), type: String(r.column_type) })),
        });
      },
      { text, table: f.table },
    );
  }
}
