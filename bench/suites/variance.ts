import { DuckDBInstance } from '@duckdb/node-api';
import { CHANGE_DIMENSIONS } from '../../src/analyses/common/change/dimensions.ts';
import { driverDimensions, driversSql } from '../../src/analyses/common/change/drivers-sql.ts';
import { segmentPeriodsSql } from '../../src/analyses/common/change/kitagawa-sql.ts';
import { bandSql } from '../../src/analyses/variance/band-sql.ts';
import { dispersionSql } from '../../src/analyses/variance/dispersion-sql.ts';
import { calendarCountsSql } from '../../src/analyses/variance/effects-sql.ts';
import { domHeatmapSql, hourWeekdayHeatmapSql } from '../../src/analyses/variance/heatmap-sql.ts';
import { mixShiftSql, reasonOptionsSql } from '../../src/analyses/variance/mixshift-sql.ts';
import { bucketComparison, periodPredicate } from '../../src/analyses/variance/predicates.ts';
import { segmentCellsSql, timeCellsSql } from '../../src/analyses/variance/spread-sql.ts';
import { STORE_STATEMENTS } from '../../src/engine/stores.ts';
import { callsWhere } from '../../src/metrics/predicates.ts';
import { DEFAULT_DEFINITIONS } from '../../src/metrics/definitions.ts';
import { NO_FILTERS } from '../../src/model/filters.ts';
import { canonicalViewsSql, DEFAULT_BUILD, type Mapping } from '../../src/model/index.ts';
import { inlineSql, type Fragment } from '../../src/sql/index.ts';
import { generateCallsCsv } from '../generate-calls.ts';
import { loadCallsInPage, median, openAppPage, type BenchContext, type Suite } from '../harness.ts';

interface Plain {
  readonly name: string;
  /** The statement with its values written in (the page's engine takes fragments; the text crosses as is). */
  readonly text: string;
  /** "Why did it move?" has its own budget. */
  readonly why?: boolean;
}

const plain = (name: string, f: Fragment, why = false): Plain => ({ name, text: inlineSql(f), why });
const D = DEFAULT_DEFINITIONS;

/** Every query the variance panel runs on first view (answer rate by day, split by line), then a "why?". */
function queries(): Plain[] {
  const f = NO_FILTERS;
  const dims = ['business_line', 'channel', 'reason_category', 'reason', 'segment'] as const;
  const june = periodPredicate({ from: '2026-06-01', to: '2026-06-30' });
  const may = periodPredicate({ from: '2026-05-01', to: '2026-05-31' });
  const periods = { where: callsWhere(f), test: june, control: may };
  const all = [...CHANGE_DIMENSIONS];
  const hour = bucketComparison('hour', '15', 8, 181);
  return [
    plain('dispersion by day', dispersionSql(f, D, 'answer_rate', 'day')),
    plain('dispersion by hour', dispersionSql(f, D, 'answer_rate', 'hour')),
    plain('calendar counts (5 dimensions)', calendarCountsSql(f, D, [...dims])),
    plain('segment cells (spread, line)', segmentCellsSql(f, D, 'answer_rate', 'day', 'business_line', [1, 2, 3])),
    plain('time cells (leave out hours, days)', timeCellsSql(f, D, 'answer_rate', 'day')),
    plain('heatmap day of month × line', domHeatmapSql(f, D, 'answer_rate', 'business_line')),
    plain('heatmap hour × weekday', hourWeekdayHeatmapSql(f, D, 'answer_rate')),
    plain('Kitagawa by line (June vs May)', segmentPeriodsSql('answer_rate', D, 'business_line', periods)),
    plain('normal band by day (8 weeks)', bandSql(f, D, 'answer_rate', 'day', 8)),
    plain('normal band by hour (8 weeks)', bandSql(f, D, 'answer_rate', 'hour', 8)),
    plain('reason options', reasonOptionsSql(f)),
    plain(
      'question-mix shift',
      mixShiftSql({ filters: f, basic: ['R02', 'R10', 'R14'], windowDays: 42, minContacts: 10 }),
    ),
    plain(
      'why did it move: June vs May, 7 attributes, 28 pairs',
      driversSql({
        kpi: 'answer_rate',
        definitions: D,
        periods,
        dimensions: driverDimensions('answer_rate', all),
        minCalls: 10,
      }),
      true,
    ),
    plain(
      'why did it move: hour 15 vs the other hours',
      driversSql({
        kpi: 'answer_rate',
        definitions: D,
        periods: { where: callsWhere(f), test: hour.test, control: hour.control },
        dimensions: driverDimensions('answer_rate', all).filter((d) => d !== 'hour'),
        minCalls: 10,
      }),
      true,
    ),
  ];
}

async function measure(
  { browser, report }: BenchContext,
  rows: number,
  rounds: number,
  budget: string,
  whyBudget: string,
) {
  const path = await generateCallsCsv(rows);
  const page = await openAppPage(browser);
  const loaded = await loadCallsInPage(page, path, rows);
  if (loaded.status !== 'ready') throw new Error(`mapping did not apply (${loaded.status})`);
  const list = queries();
  const browserTimes = await page.evaluate(
    async ({ list, rounds }) => {
      const engine = await window.callsight!.engine();
      const times: number[][] = list.map(() => []);
      for (let round = 0; round <= rounds; round++)
        for (const [i, q] of list.entries()) {
          const started = performance.now();
          await engine.query(window.callsight!.raw(q.text), { maxRows: 10_000_000 });
          if (round > 0) times[i]!.push(performance.now() - started); // round 0 warms the caches
        }
      return times;
    },
    { list, rounds },
  );
  await page.context().close();

  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const c = await instance.connect();
  for (const s of STORE_STATEMENTS) await c.run(s);
  await c.run(`create table "${loaded.table}" as select * from read_csv('${path}')`);
  const types = { [loaded.table]: Object.fromEntries(loaded.columns.map((col) => [col.name, col.type])) };
  const buckets = rows > DEFAULT_BUILD.copyAtOnceMaxRows ? Math.ceil(rows / DEFAULT_BUILD.bucketRows) : undefined;
  for (const s of canonicalViewsSql(loaded.mapping as Mapping, types, { materialise: true, buckets, rows }))
    await c.run(s.text, [...s.params] as never);
  const nativeTimes: number[][] = list.map(() => []);
  for (let round = 0; round <= rounds; round++)
    for (const [i, q] of list.entries()) {
      const started = performance.now();
      await c.runAndReadAll(q.text);
      if (round > 0) nativeTimes[i]!.push(performance.now() - started);
    }
  c.closeSync();
  instance.closeSync();

  const label = `${rows.toLocaleString('en')} calls`;
  let panel = 0;
  let panelNative = 0;
  for (const [i, q] of list.entries()) {
    const b = median(browserTimes[i]!);
    const n = median(nativeTimes[i]!);
    if (!q.why) {
      panel += b;
      panelNative += n;
    }
    report(
      `variance ${q.name}, ${label}, median (native ${n.toFixed(0)} ms, ×${(b / n).toFixed(2)})`,
      `${b.toFixed(0)} ms`,
      q.why ? whyBudget : budget,
    );
  }
  report(
    `variance panel, every query one after another, ${label} (native ${panelNative.toFixed(0)} ms)`,
    `${panel.toFixed(0)} ms`,
  );
}

/** Every query of the variance analysis on generated calls, in the browser and on native DuckDB (1 thread). */
export const variance: Suite = {
  name: 'variance',
  async run(ctx) {
    if (!process.env.BENCH_SKIP_1M) await measure(ctx, 1_000_000, 3, '≤ 150 ms', '≤ 500 ms');
    if (process.env.BENCH_SKIP_10M) return;
    await measure(ctx, 10_000_000, 1, '≤ 1.5 s', '');
  },
};
