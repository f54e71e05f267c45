import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { concentrationSql, histogramSql, momentsSql } from '../../src/analyses/value/distribution-sql.ts';
import { kindsSummarySql, matrixSql, reasonOptionsSql } from '../../src/analyses/value/kinds-sql.ts';
import { customerLifetimeSql, lifetimeSummarySql } from '../../src/analyses/value/lifetime-sql.ts';
import { profileReasonsSql, profileSql, profileTimelineSql } from '../../src/analyses/value/profile-sql.ts';
import { defaultImproverReasons, readReasonOptions } from '../../src/analyses/value/read-customers.ts';
import { valueExportSql, valueTableCountSql, valueTablePageSql } from '../../src/analyses/value/table-sql.ts';
import { valueCachePlan } from '../../src/analyses/value/value-cache.ts';
import { DEFAULT_VALUE_SETTINGS, valueSpec } from '../../src/analyses/value/value-spec.ts';
import { MODE_BINS } from '../../src/analyses/value/verdict.ts';
import { vipListSql, vipScatterSql } from '../../src/analyses/value/vip-sql.ts';
import { lossMakerReasonsSql, whaleSql } from '../../src/analyses/value/whale-sql.ts';
import { anonymousCallsSql } from '../../src/analyses/common/customer-value/customer-value-sql.ts';
import { STORE_STATEMENTS } from '../../src/engine/stores.ts';
import type { QueryResult } from '../../src/engine/engine.ts';
import { NO_FILTERS } from '../../src/model/filters.ts';
import type { Mapping } from '../../src/model/mapping.ts';
import { canonicalViewsSql, type TableTypes } from '../../src/model/views.ts';
import { inlineSql, type Fragment, type SqlValue } from '../../src/sql/index.ts';
import { median, openAppPage, type BenchContext, type Suite } from '../harness.ts';
import { VALUE_TABLES, valueDataSql } from '../value-data.ts';

interface Plain {
  readonly name: string;
  readonly text: string;
  readonly params: readonly SqlValue[];
  /** Part of the panel's first view (its sum is the whole panel). */
  readonly panel: boolean;
}

// Values written in: the page's engine takes only statements, which a test build makes from text with `raw`.
const plain = (name: string, f: Fragment, panel: boolean): Plain => ({ name, text: inlineSql(f), params: [], panel });

/** What each cache table holds; only the base is made again after a filter change. */
const CACHE_NAMES: Readonly<Record<string, string>> = {
  value_file: 'customer file and period sums (once per build of the views)',
  value_callers: "every caller's totals (once per build of the views)",
  value_history: "each customer's unfiltered history (once per build of the views)",
  value_base: 'per-customer values and kinds (after a filter change)',
  value_lifetime: 'lifetime summary of every customer (once per build of the views)',
};

/** Every query of the value analysis, as the panel runs them (then a profile, a search, the export). */
function queries(mapping: Mapping, improvers: readonly string[]): Plain[] {
  const plan = valueCachePlan(valueSpec(mapping, NO_FILTERS, DEFAULT_VALUE_SETTINGS), improvers, 1);
  const spec = plan.spec;
  const m = spec.settings.measure;
  const page = { sort: 'ratio', descending: true, search: '', limit: 50, offset: 0 } as const;
  const who = 'C0000042';
  return [
    ...plan.tables.map((t) => {
      const kind = t.name.replace(/_[^_]+$/, '');
      return plain(`cache: ${CACHE_NAMES[kind] ?? kind}`, t.create, kind === 'value_base');
    }),
    plain('moments', momentsSql(spec, m), true),
    plain('concentration (Gini, top 20%, Lorenz curve)', concentrationSql(spec, m), true),
    plain('log histogram (modes)', histogramSql(spec, m, true, MODE_BINS), true),
    plain('histogram', histogramSql(spec, m, false, spec.settings.bins), true),
    plain('reason options (once per build of the views)', reasonOptionsSql(), false),
    plain('whale curve and summary', whaleSql(spec), true),
    plain('VIP list', vipListSql(spec), true),
    plain('VIP scatter', vipScatterSql(spec), true),
    plain('kinds (seed 000)', kindsSummarySql(spec, improvers), true),
    plain('segment × tier matrix', matrixSql(spec, improvers), true),
    plain('lifetime', lifetimeSummarySql(spec), true),
    plain('table page', valueTablePageSql(spec, page), true),
    plain('anonymous calls', anonymousCallsSql(spec), true),
    plain('table count', valueTableCountSql(spec, ''), true),
    plain('table search page', valueTablePageSql(spec, { ...page, search: 'customer 4242' }), false),
    plain("loss-makers' reasons", lossMakerReasonsSql(spec), false),
    plain('profile', profileSql(spec, who, improvers), false),
    plain('profile timeline', profileTimelineSql(spec, who), false),
    plain('profile reasons', profileReasonsSql(spec, who), false),
    plain('profile lifetime', customerLifetimeSql(spec, who), false),
    plain('CSV export (every customer)', valueExportSql(spec, page), false),
  ];
}

/** Creates the data in the page, maps it as a user's auto-mapping would, and returns the mapping and types. */
async function loadInPage(page: Awaited<ReturnType<typeof openAppPage>>, data: Plain[]) {
  return page.evaluate(
    async ({ data, tables }) => {
      const engine = await window.callsight!.engine();
      for (const s of data) await engine.query(window.callsight!.raw(s.text));
      const types: Record<string, Record<string, string>> = {};
      for (const table of tables) {
        const cols = await engine.query(
          window.callsight!.raw(`select column_name, column_type from (describe "${table}")`),
        );
        const rows = await engine.query(window.callsight!.raw(`select count(*) as n from "${table}"`));
        const columns = cols.rows.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
        types[table] = Object.fromEntries(columns.map((c) => [c.name, c.type]));
        window.callsightModel!.addDataset({
          id: table,
          table,
          label: `${table}.csv`,
          sources: [`${table}.csv`],
          rows: Number(rows.rows[0]?.n ?? 0),
          columns,
        });
      }
      const started = performance.now();
      const result = await window.callsightModel!.autoMap();
      const ms = performance.now() - started;
      return { result, ms, mapping: window.callsightModel!.state().mapping, types };
    },
    { data, tables: [...VALUE_TABLES] },
  );
}

async function timeInPage(page: Awaited<ReturnType<typeof openAppPage>>, list: Plain[], rounds: number) {
  return page.evaluate(
    async ({ list, rounds }) => {
      const engine = await window.callsight!.engine();
      const times: number[][] = list.map(() => []);
      for (let round = 0; round <= rounds; round++) {
        for (const [i, q] of list.entries()) {
          const t0 = performance.now();
          await engine.query(window.callsight!.raw(q.text), { maxRows: 10_000_000 });
          if (round > 0) times[i]!.push(performance.now() - t0); // round 0 warms the caches
        }
      }
      return times;
    },
    { list, rounds },
  );
}

async function nativeRun(c: DuckDBConnection, q: { text: string; params: readonly SqlValue[] }) {
  await c.run(q.text, [...q.params] as (string | number | boolean | null)[]);
}

async function measure({ browser, report }: BenchContext, calls: number, customers: number, rounds: number) {
  const label = `${(calls / 1e6).toLocaleString('en')}M calls / ${customers.toLocaleString('en')} customers`;
  const data = valueDataSql(calls, customers).map((f, i) => plain(`data ${i}`, f, false));
  const page = await openAppPage(browser);
  const loaded = await loadInPage(page, data);
  if (loaded.result !== 'ready') throw new Error(`mapping did not apply: ${loaded.result}`);
  const mapping = loaded.mapping as Mapping;
  if (!mapping.periods || !mapping.customers?.columns.service_cost)
    throw new Error('the generated tables were not all mapped');
  report(`detect + build canonical views (calls, customers, periods), ${label}`, `${loaded.ms.toFixed(0)} ms`);
  const options = await page.evaluate(
    async (q) => {
      const engine = await window.callsight!.engine();
      return engine.query(window.callsight!.raw(q.text));
    },
    plain('options', reasonOptionsSql(), false),
  );
  const improvers = defaultImproverReasons(readReasonOptions(options as QueryResult));
  const list = queries(mapping, improvers);
  const browserTimes = await timeInPage(page, list, rounds);
  await page.context().close();

  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const c = await instance.connect();
  for (const s of STORE_STATEMENTS) await c.run(s);
  for (const s of data) await nativeRun(c, s);
  const views = canonicalViewsSql(mapping, loaded.types as TableTypes, { materialise: true, rows: calls });
  for (const s of views) await nativeRun(c, s);
  const nativeTimes: number[][] = list.map(() => []);
  for (let round = 0; round <= rounds; round++) {
    for (const [i, q] of list.entries()) {
      const t0 = performance.now();
      await nativeRun(c, q);
      if (round > 0) nativeTimes[i]!.push(performance.now() - t0);
    }
  }
  c.closeSync();
  instance.closeSync();

  const budget = calls >= 10_000_000 ? '≤ 1.5 s' : '≤ 150 ms';
  for (const [i, q] of list.entries()) {
    const b = median(browserTimes[i]!);
    const n = median(nativeTimes[i]!);
    report(
      `value: ${q.name}, ${label}, median (native 1 thread: ${n.toFixed(0)} ms, ×${(b / Math.max(n, 0.1)).toFixed(1)})`,
      `${b.toFixed(0)} ms`,
      q.panel ? budget : undefined,
    );
  }
  const panelRounds = browserTimes[0]!.map((_, r) =>
    list.reduce((s, q, i) => s + (q.panel ? browserTimes[i]![r]! : 0), 0),
  );
  const nativePanel = nativeTimes[0]!.map((_, r) =>
    list.reduce((s, q, i) => s + (q.panel ? nativeTimes[i]![r]! : 0), 0),
  );
  report(
    `value: whole panel (${list.filter((q) => q.panel).length} queries), ${label}, median (native ${median(nativePanel).toFixed(0)} ms)`,
    `${median(panelRounds).toFixed(0)} ms`,
    calls >= 10_000_000 ? undefined : '≤ 300 ms',
  );
}

/** Every query of the value analysis on generated customers, periods and calls, in the browser and natively. */
export const value: Suite = {
  name: 'value',
  async run(ctx) {
    await measure(ctx, 1_000_000, 100_000, 5);
    if (process.env.BENCH_SKIP_10M) return;
    await measure(ctx, 10_000_000, 1_000_000, 2);
  },
};
