import { statSync } from 'node:fs';
import { median, type Suite } from '../harness.ts';
import { callsGbk, callsParquet, callsXlsx, loadInBrowser } from './ingest-files.ts';

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** Parquet, GBK CSV and Excel through the app's real ingest path, every outside request blocked. */
export const ingestFormats: Suite = {
  name: 'ingest formats',
  async run({ browser, report }) {
    const cases = [
      { name: 'Parquet 1,000,000 rows', path: await callsParquet(1_000_000), budget: '≤ 2 s' },
      { name: 'GBK CSV 1,000,000 rows (decode + load)', path: await callsGbk(1_000_000) },
      { name: 'xlsx 100,000 rows', path: await callsXlsx(100_000) },
    ];
    for (const c of cases) {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < 3; i++) {
        const loaded = await loadInBrowser(browser, c.path);
        await loaded.page.context().close();
        if (loaded.error) throw new Error(`${c.name}: ${loaded.error}`);
        times.push(loaded.ms);
        rows = loaded.rows;
      }
      report(
        `${c.name} (${mb(statSync(c.path).size)}, ${rows.toLocaleString('en')} rows), median of 3`,
        `${(median(times) / 1000).toFixed(2)} s`,
        c.budget,
      );
    }
  },
};
