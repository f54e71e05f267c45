import { DuckDBInstance } from '@duckdb/node-api';
import { candidatesSql } from '../../src/analyses/reasons/candidates-sql.ts';
import { emergingSql } from '../../src/analyses/reasons/emerging-sql.ts';
import { heatmapSql } from '../../src/analyses/reasons/heatmap-sql.ts';
import { matrixSql } from '../../src/analyses/reasons/matrix-sql.ts';
import { segmentsSql } from '../../src/analyses/reasons/segments-sql.ts';
import { spikeSql } from '../../src/analyses/reasons/spike-sql.ts';
import { tagsSql } from '../../src/analyses/reasons/tags-sql.ts';
import { transitionsSql } from '../../src/analyses/reasons/transitions-sql.ts';
import { trendSql } from '../../src/analyses/reasons/trend-sql.ts';
import { compareWindows, spanSql } from '../../src/analyses/reasons/window-sql.ts';
import { DEFAULT_DEFINITIONS } from '../../src/metrics/definitions.ts';
import { NO_FILTERS } from '../../src/model/filters.ts';
import { inlineSql, type Fragment } from '../../src/sql/index.ts';
import { generateCallsCsv } from '../generate-calls.ts';
import type { Page } from '@playwright/test';
import { loadCallsInPage, median, openAppPage, type BenchContext, type Suite } from '../harness.ts';

const d = { ...DEFAULT_DEFINITIONS, costPerMinute: 2 };
const windows = compareWindows({ from: '2026-01-01', to: '2026-06-30' }, 28, 84);
const TAG = { name: 'twice', include: ['twice', '天网通信'], exclude: ['never'] };

/** Every query the reasons panel runs, on the whole data (no filter). */
const QUERIES: { name: string; statement: Fragment }[] = [
  { name: 'span', statement: spanSql(NO_FILTERS) },
  { name: 'reason × KPI matrix (+ volume, share, Pareto)', statement: matrixSql(NO_FILTERS, d) },
  { name: 'emerging test counts', statement: emergingSql(NO_FILTERS, d, windows) },
  { name: 'trend per reason by month', statement: trendSql(NO_FILTERS, d, 'month') },
  { name: 'transitions within 7 days', statement: transitionsSql(NO_FILTERS, d, 7) },
  { name: 'heatmap reason × hour', statement: heatmapSql(NO_FILTERS, d, 'hour') },
  {
    name: 'explain a spike (hour band vs rest)',
    statement: spikeSql(NO_FILTERS, d, { days: windows.span, hourFrom: 15, hourTo: 15, baseline: 'rest' }),
  },
  { name: 'keyword tagging of notes (1 rule, 2 terms + 1 exclude)', statement: tagsSql(NO_FILTERS, d, [TAG]) },
  {
    name: 'candidate terms in uncovered notes',
    statement: candidatesSql(NO_FILTERS, d, windows.recent, windows.baseline),
  },
  { name: 'reasons by segment and tier', statement: segmentsSql(NO_FILTERS, d) },
];

/** The canonical views natively, shaped as the app builds them from the generated file (no mapping, no customers). */
function nativeSetup(path: string): string[] {
  return [
    'create schema canonical',
    `create view canonical.reasons as select * from (values (null::varchar, null::varchar, null::varchar, null::varchar,
      null::varchar, null::date, null::date)) v(raw_code, reason, category, status, merged_into, valid_from, valid_to) where false`,
    `create view canonical.customers as select null::varchar as customer_id, null::double as revenue,
      null::double as service_cost, null::varchar as segment, null::date as joined_at, null::date as period,
      null::double as arrears, null::double as overdue_days, null::double as late_payments where false`,
    `create table canonical.calls as with k as (select call_id, customer_id, cast(start_time as timestamp) as started_at,
        outcome = 'ANSWERED' as answered, cast(queue_seconds as double) as wait_s, cast(handle_seconds as double) as handle_s,
        reason_code, reason_code as reason, cast(null as varchar) as reason_category, business_line, channel, agent,
        resolved = 'Y' as resolved, cast(csat as double) as satisfaction, cast(notes as varchar) as notes,
        cast(null as varchar) as segment from read_csv('${path.replaceAll("'", "''")}', header = true))
      select *, date_diff('second', started_at, lead(started_at) over (partition by customer_id, reason order by started_at)) as next_same_s,
        date_diff('second', started_at, lead(started_at) over (partition by customer_id order by started_at)) as next_any_s
      from k order by started_at`,
  ];
}

async function nativeMedians(path: string, rounds: number): Promise<number[]> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  for (const s of nativeSetup(path)) await connection.run(s);
  const out: number[] = [];
  for (const q of QUERIES) {
    const times: number[] = [];
    for (let i = 0; i <= rounds; i++) {
      const started = performance.now();
      await connection.run(q.statement.text, [...q.statement.params] as never);
      if (i > 0) times.push(performance.now() - started);
    }
    out.push(median(times));
  }
  connection.closeSync();
  instance.closeSync();
  return out;
}

/**
 * Waits until the page's engine answers a trivial query at once: after a load the app's own panels queue their
 * queries in the engine's single lane, and a measurement taken then would count their time as ours.
 */
async function quietEngine(page: Page): Promise<void> {
  let quick = 0;
  for (let i = 0; i < 200 && quick < 3; i++) {
    const ms = await page.evaluate(async () => {
      const engine = await window.callsight!.engine();
      const started = performance.now();
      await engine.query(window.callsight!.raw('select 1'));
      return performance.now() - started;
    });
    quick = ms < 30 ? quick + 1 : 0;
    await page.waitForTimeout(200);
  }
}

async function measure({ browser, report }: BenchContext, rows: number, rounds: number, budget: string) {
  const path = await generateCallsCsv(rows);
  const page = await openAppPage(browser);
  const loaded = await loadCallsInPage(page, path, rows);
  if (loaded.status !== 'ready') throw new Error(`mapping did not apply: ${loaded.status}`);
  await quietEngine(page);
  const browserMs: number[] = [];
  for (const q of QUERIES) {
    const times = await page.evaluate(
      async ({ statement, rounds }) => {
        const engine = await window.callsight!.engine();
        const out: number[] = [];
        for (let i = 0; i <= rounds; i++) {
          const started = performance.now();
          await engine.query(window.callsight!.raw(statement));
          if (i > 0) out.push(performance.now() - started);
        }
        return out;
      },
      { statement: inlineSql(q.statement), rounds },
    );
    browserMs.push(median(times));
  }
  await page.context().close();
  const native = await nativeMedians(path, rounds);
  const label = `${rows.toLocaleString('en')} calls`;
  let panel = 0;
  QUERIES.forEach((q, i) => {
    panel += browserMs[i]!;
    report(`reasons: ${q.name}, ${label}, median`, `${browserMs[i]!.toFixed(0)} ms`, budget);
    report(
      `reasons: ${q.name}, ${label}, ÷ native 1 thread (${native[i]!.toFixed(0)} ms)`,
      `${(browserMs[i]! / native[i]!).toFixed(2)}×`,
      '≤ 2×',
    );
  });
  report(`reasons: every query of the panel in sequence, ${label}`, `${panel.toFixed(0)} ms`);
}

/** The call-reason analysis's queries in the browser and the same SQL on native DuckDB (1 thread), as ratios. */
export const reasons: Suite = {
  name: 'reasons',
  async run(ctx) {
    await measure(ctx, 1_000_000, 3, '≤ 150 ms');
    if (!process.env.BENCH_10M) return;
    await measure(ctx, 10_000_000, 2, '≤ 1.5 s');
  },
};
