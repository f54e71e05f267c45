import { DuckDBInstance } from '@duckdb/node-api';
import { candidatesSql } from '../../src/analyses/reasons/candidates-sql.ts';
import { emergingSql } from '../../src/analyses/reasons/emerging-sql.ts';
import { heatmapSql } from '../../src/analyses/reasons/heatmap-sql.ts';
import { reasonHoursSql } from '../../src/analyses/reasons/hours-sql.ts';
import { matrixSql } from '../../src/analyses/reasons/matrix-sql.ts';
import { segmentsSql } from '../../src/analyses/reasons/segments-sql.ts';
import { spikeSql } from '../../src/analyses/reasons/spike-sql.ts';
import { tagsSql } from '../../src/analyses/reasons/tags-sql.ts';
import { transitionsSql } from '../../src/analyses/reasons/transitions-sql.ts';
import { trendSql } from '../../src/analyses/reasons/trend-sql.ts';
import { compareWindows, spanSql } from '../../src/analyses/reasons/window-sql.ts';
import { DEFAULT_DEFINITIONS } from '../../src/metrics/definitions.ts';
import { NO_FILTERS } from '../../src/model/filters.ts';
import type { Mapping } from '../../src/model/index.ts';
import { customerValuePlan } from '../../src/analyses/common/customer-value/customer-value-cache.ts';
import { customerValueSpec } from '../../src/analyses/common/customer-value/customer-value-spec.ts';
import { ident, inlineSql, join, sql, type Fragment } from '../../src/sql/index.ts';
import { generateCallsCsv } from '../generate-calls.ts';
import type { Page } from '@playwright/test';
import { loadCallsInPage, median, openAppPage, type BenchContext, type Suite } from '../harness.ts';

const d = { ...DEFAULT_DEFINITIONS, costPerMinute: 2 };
const windows = compareWindows({ from: '2026-01-01', to: '2026-06-30' }, 28, 84);
const TAG = { name: 'twice', include: ['twice', '天网通信'], exclude: ['never'] };

// The hourly reason counts the panel makes once per filter state (`reasons/hours-cache.ts`), read by the
// emerging, trend, heatmap and spike queries.
const HOURS = 'reasons_hours_bench';

/** Every query the reasons panel runs when it opens, on the whole data (no filter), in the panel's order. */
interface Query {
  readonly name: string;
  readonly statement: Fragment;
  /** Run once, untimed, before the statement (in both engines). */
  readonly setup?: Fragment;
  /** Not one of the panel's queries on opening: left out of the whole panel's sum. */
  readonly extra?: boolean;
}

/** A reason mapping for the generated codes: R01–R24 named, R25 "Other", R26 unmapped (as real mappings lag). */
const MAPPED = sql`create or replace view canonical.reasons as select * from (values ${join(
  Array.from({ length: 25 }, (_, i) => {
    const code = `R${String(i + 1).padStart(2, '0')}`;
    const reason = i === 24 ? 'Other' : `Reason ${code}`;
    return sql`(${code}, ${reason}, ${i < 12 ? 'Billing' : 'Service'}, cast(null as varchar), cast(null as varchar), cast(null as date), cast(null as date))`;
  }),
  ', ',
)}) v(raw_code, reason, category, status, merged_into, valid_from, valid_to)`;

function queries(mapping: Mapping): Query[] {
  // The per-customer value the segments section reads, made once per filter state and shared with the value analysis.
  const value = customerValuePlan(customerValueSpec(mapping, NO_FILTERS), 0);
  return [
    { name: 'span', statement: spanSql(NO_FILTERS) },
    {
      name: 'hourly reason counts (made once per filter state)',
      statement: sql`create or replace temp table ${ident(HOURS)} as ${reasonHoursSql(NO_FILTERS, d)}`,
    },
    { name: 'reason × KPI matrix (+ volume, share, Pareto)', statement: matrixSql(NO_FILTERS, d) },
    { name: 'emerging test counts', statement: emergingSql(NO_FILTERS, d, windows, HOURS) },
    { name: 'trend per reason by month', statement: trendSql(NO_FILTERS, d, 'month', HOURS) },
    { name: 'transitions within 7 days', statement: transitionsSql(NO_FILTERS, d, 7) },
    { name: 'heatmap reason × hour', statement: heatmapSql(NO_FILTERS, d, 'hour', HOURS) },
    {
      name: 'explain a spike (hour band vs rest)',
      statement: spikeSql(NO_FILTERS, d, { days: windows.span, hourFrom: 15, hourTo: 15, baseline: 'rest' }, HOURS),
    },
    { name: 'keyword tagging of notes (1 rule, 2 terms + 1 exclude)', statement: tagsSql(NO_FILTERS, d, [TAG]) },
    {
      name: 'candidate terms in uncovered notes',
      statement: candidatesSql(NO_FILTERS, d, windows.recent, windows.baseline),
    },
    ...value.tables.map((table) => ({
      name: `per-customer value table (${table.name.replace(/_[a-z0-9]+$/, '')}, made once per filter state)`,
      statement: table.create,
    })),
    { name: 'reasons by VIP, segment and tier', statement: segmentsSql(NO_FILTERS, d, value.spec) },
    {
      name: 'candidate terms, with a mapping (R25 "Other", R26 unmapped)',
      statement: candidatesSql(NO_FILTERS, d, windows.recent, windows.baseline),
      setup: MAPPED,
      extra: true,
    },
    { name: 'reason × KPI matrix, with that mapping', statement: matrixSql(NO_FILTERS, d), extra: true },
  ];
}

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
        date_diff('second', started_at, lead(started_at) over (partition by customer_id order by started_at)) as next_any_s,
        lead(reason) over (partition by customer_id order by started_at) as next_reason
      from k order by started_at`,
  ];
}

async function nativeMedians(path: string, rounds: number, list: readonly Query[]): Promise<number[]> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  for (const s of nativeSetup(path)) await connection.run(s);
  const out: number[] = [];
  for (const q of list) {
    // Values written in, as the page runs them (and a `create table … as` cannot take parameters natively).
    if (q.setup) await connection.run(inlineSql(q.setup));
    const text = inlineSql(q.statement);
    const times: number[] = [];
    for (let i = 0; i <= rounds; i++) {
      const started = performance.now();
      await connection.run(text);
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
  const list = queries(loaded.mapping as Mapping);
  const browserMs: number[] = [];
  for (const q of list) {
    const times = await page.evaluate(
      async ({ statement, setup, rounds }) => {
        const engine = await window.callsight!.engine();
        if (setup) await engine.query(window.callsight!.raw(setup));
        const out: number[] = [];
        for (let i = 0; i <= rounds; i++) {
          const started = performance.now();
          await engine.query(window.callsight!.raw(statement));
          if (i > 0) out.push(performance.now() - started);
        }
        return out;
      },
      { statement: inlineSql(q.statement), setup: q.setup ? inlineSql(q.setup) : null, rounds },
    );
    browserMs.push(median(times));
  }
  await page.context().close();
  const native = await nativeMedians(path, rounds, list);
  const label = `${rows.toLocaleString('en')} calls`;
  let panel = 0;
  let nativePanel = 0;
  list.forEach((q, i) => {
    if (!q.extra) panel += browserMs[i]!;
    if (!q.extra) nativePanel += native[i]!;
    report(`reasons: ${q.name}, ${label}, median`, `${browserMs[i]!.toFixed(0)} ms`, budget);
    report(
      `reasons: ${q.name}, ${label}, ÷ native 1 thread (${native[i]!.toFixed(0)} ms)`,
      `${(browserMs[i]! / native[i]!).toFixed(2)}×`,
      '≤ 2×',
    );
  });
  report(`reasons: every query of the panel in sequence, ${label}`, `${panel.toFixed(0)} ms`, '≤ 300 ms at 1M');
  report(
    `reasons: the panel, ÷ native 1 thread (${nativePanel.toFixed(0)} ms)`,
    `${(panel / nativePanel).toFixed(2)}×`,
    '≤ 2×',
  );
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
