import { DuckDBInstance } from '@duckdb/node-api';
import { canonicalViewsSql, DEFAULT_BUILD, type Mapping } from '../../src/model/index.ts';
import { inlineSql } from '../../src/sql/index.ts';
import { generateCallsCsv } from '../generate-calls.ts';
import { loadCallsInPage, openAppPage, type BenchContext, type Suite } from '../harness.ts';

type Types = Record<string, Record<string, string>>;

/** What each build statement does, for the time breakdown (the statements' own first words are too alike). */
function label(text: string): string {
  const t = text.replace(/\s+/g, ' ');
  if (/_call_rows" as select/.test(t)) return 'type and classify every row (scratch table)';
  if (/excluded" as select|into .*excluded/.test(t)) return 'copy left-out rows to canonical.excluded';
  if (/(table|into) .*"calls"/.test(t) && /lead\(/.test(t))
    return 'join reasons, next-contact gaps, sort into canonical.calls';
  if (/^create or replace view .*reasons/.test(t)) return 'reasons view';
  if (/^create or replace view .*customers/.test(t)) return 'customers view';
  return 'drops, schemas and views';
}

async function nativeBuild(path: string, table: string, statements: { text: string; params: unknown[] }[]) {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  await connection.run(`ATTACH ':memory:' AS compact (COMPRESS)`);
  await connection.run(`create table "${table}" as select * from read_csv('${path}')`);
  const times = new Map<string, number>();
  for (const s of statements) {
    const started = performance.now();
    await connection.run(s.text, s.params as never);
    const key = label(s.text);
    times.set(key, (times.get(key) ?? 0) + performance.now() - started);
  }
  const described = await connection.runAndReadAll(`select column_name, column_type from (describe "${table}")`);
  connection.closeSync();
  instance.closeSync();
  return { times, types: described.getRowObjects() };
}

async function measure({ browser, report }: BenchContext, rows: number) {
  const path = await generateCallsCsv(rows);
  const page = await openAppPage(browser);
  const loaded = await loadCallsInPage(page, path, rows);
  if (loaded.status !== 'ready') throw new Error(`mapping did not apply (${loaded.status})`);
  const mapping = loaded.mapping as Mapping;
  const types: Types = { [loaded.table]: Object.fromEntries(loaded.columns.map((c) => [c.name, c.type])) };
  const buckets = rows > DEFAULT_BUILD.copyAtOnceMaxRows ? Math.ceil(rows / DEFAULT_BUILD.bucketRows) : undefined;
  // Written out whole (values as literals): the page rebuilds each statement from its text alone.
  const statements = canonicalViewsSql(mapping, types, { materialise: true, buckets, rows }).map((f) => ({
    text: inlineSql(f),
    params: [] as unknown[],
  }));
  // The same statements again in the page, one at a time, for the breakdown.
  const wasm = await page.evaluate(async (list) => {
    const engine = await window.callsight!.engine();
    const out: number[] = [];
    for (const s of list) {
      const started = performance.now();
      await engine.query(window.callsight!.raw(s.text));
      out.push(performance.now() - started);
    }
    return out;
  }, statements);
  await page.context().close();
  const native = await nativeBuild(path, loaded.table, statements);
  const wasmBy = new Map<string, number>();
  statements.forEach((s, i) => wasmBy.set(label(s.text), (wasmBy.get(label(s.text)) ?? 0) + wasm[i]!));
  const name = `${rows.toLocaleString('en')} calls`;
  const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  report(`detect + build + report through the app (autoMap), ${name}`, sec(loaded.mapMs), rows > 4e6 ? '≤ 15 s' : '');
  const wasmTotal = wasm.reduce((a, b) => a + b, 0);
  const nativeTotal = [...native.times.values()].reduce((a, b) => a + b, 0);
  report(`build statements, browser, ${name}`, sec(wasmTotal));
  report(`build statements, native DuckDB 1 thread, ${name}`, sec(nativeTotal));
  report(`build ratio browser / native, ${name}`, `${(wasmTotal / nativeTotal).toFixed(2)}×`, '≤ 2×');
  for (const [key, ms] of wasmBy) {
    const n = native.times.get(key) ?? 0;
    report(`  ${key}`, `${sec(ms)} / ${sec(n)}`);
  }
}

/** The canonical build after a mapping (issue: figures right on real exports), browser against native DuckDB. */
export const canonicalBuild: Suite = {
  name: 'canonical build',
  async run(ctx) {
    await measure(ctx, 1_000_000);
    if (process.env.BENCH_SKIP_10M) return;
    await measure(ctx, 10_000_000);
  },
};
