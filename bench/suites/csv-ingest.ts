import { generateCallsCsv } from '../generate-calls.ts';
import { median, openAppPage, type Suite, attachFile } from '../harness.ts';
import { nativeQueryMs } from '../native.ts';

const ROWS = 1_000_000;
// Both sides vary by 10–20% from run to run on this machine: five runs each, medians compared.
const RUNS = 5;

/** CSV ingest of 1M calls: the browser engine reading a picked file in place vs native DuckDB. */
export const csvIngest: Suite = {
  name: 'csv ingest',
  async run({ browser, report }) {
    const path = await generateCallsCsv(ROWS);
    const browserTimes: number[] = [];
    const nativeTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await openAppPage(browser);
      await attachFile(page, path);
      browserTimes.push(
        await page.evaluate(async () => {
          const file = (document.getElementById('bench-file') as HTMLInputElement).files![0]!;
          return window.callsight!.benchIngestCsv!(file);
        }),
      );
      await page.context().close();
      nativeTimes.push(await nativeQueryMs([`create table calls as select * from read_csv('${path}')`]));
    }
    const list = (times: number[]) => times.map((t) => (t / 1000).toFixed(2)).join(' ');
    report('  each run, browser (s)', list(browserTimes));
    report('  each run, native (s)', list(nativeTimes));
    const b = median(browserTimes);
    const n = median(nativeTimes);
    report(`CSV ingest ${ROWS.toLocaleString('en')} rows, browser (median of ${RUNS})`, `${(b / 1000).toFixed(2)} s`);
    report(
      `CSV ingest ${ROWS.toLocaleString('en')} rows, native DuckDB 1 thread (median of ${RUNS})`,
      `${(n / 1000).toFixed(2)} s`,
    );
    report('CSV ingest ratio browser / native', `${(b / n).toFixed(2)}×`, '≤ 1.5×');
  },
};
