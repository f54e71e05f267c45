import { DuckDBInstance } from '@duckdb/node-api';
import { codeCountsSql } from '../../src/features/taxonomy/counts-sql.ts';
import { matrixSql } from '../../src/analyses/reasons/matrix-sql.ts';
import { DEFAULT_DEFINITIONS } from '../../src/metrics/definitions.ts';
import { NO_FILTERS } from '../../src/model/filters.ts';
import { canonicalViewsSql, type Mapping } from '../../src/model/index.ts';
import { taxonomyTableSql } from '../../src/model/taxonomy/apply.ts';
import type { TaxonomyRow } from '../../src/model/taxonomy/resolve.ts';
import { inlineSql } from '../../src/sql/index.ts';
import { generateCallsCsv } from '../generate-calls.ts';
import { loadCallsInPage, openAppPage, type BenchContext, type Suite } from '../harness.ts';

const d = { ...DEFAULT_DEFINITIONS, costPerMinute: 2 };

/** A taxonomy over the generated codes after an edit: R25 merged into R01, R24 retired, two categories. */
function editedTaxonomy(): TaxonomyRow[] {
  return Array.from({ length: 26 }, (_, i) => {
    const code = `R${String(i + 1).padStart(2, '0')}`;
    return {
      raw_code: code,
      reason: code === 'R25' ? 'Reason R01' : `Reason ${code}`,
      category: i < 12 ? 'Billing' : 'Service',
      status: code === 'R25' ? 'merged' : code === 'R24' ? 'retired' : 'active',
      merged_into: code === 'R25' ? 'R01' : null,
      valid_from: null,
      valid_to: code === 'R24' ? '2026-02-28' : null,
      sub_reason: null,
    };
  });
}

interface Step {
  readonly name: string;
  readonly statements: readonly string[];
}

/** Each step's statements in order, timed together; one run (a rebuild is not repeated in a session). */
async function nativeSteps(
  path: string,
  table: string,
  prepare: readonly string[],
  steps: readonly Step[],
): Promise<number[]> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  await connection.run(`ATTACH ':memory:' AS compact (COMPRESS)`);
  await connection.run(`create table "${table}" as select * from read_csv('${path.replaceAll("'", "''")}')`);
  // The views as the page has them before the edit (its load built them).
  for (const s of prepare) await connection.run(s);
  const out: number[] = [];
  for (const step of steps) {
    const started = performance.now();
    for (const s of step.statements) await connection.run(s);
    out.push(performance.now() - started);
  }
  connection.closeSync();
  instance.closeSync();
  return out;
}

async function measure({ browser, report }: BenchContext, rows: number) {
  const path = await generateCallsCsv(rows);
  const page = await openAppPage(browser);
  const loaded = await loadCallsInPage(page, path, rows);
  if (loaded.status !== 'ready') throw new Error(`mapping did not apply (${loaded.status})`);
  const mapping = loaded.mapping as Mapping;
  const types = { [loaded.table]: Object.fromEntries(loaded.columns.map((c) => [c.name, c.type])) };
  const build = canonicalViewsSql(mapping, types, { materialise: true, rows, taxonomy: true });
  const steps: Step[] = [
    { name: 'offered calls per raw code (the editor opens, coverage)', statements: [inlineSql(codeCountsSql(d))] },
    {
      name: 'apply: write the taxonomy table and rebuild the canonical views',
      statements: [...taxonomyTableSql(editedTaxonomy()), ...build].map((f) => inlineSql(f)),
    },
    {
      name: 'shares and KPIs again under the new taxonomy (matrix)',
      statements: [inlineSql(matrixSql(NO_FILTERS, d))],
    },
  ];
  const wasm = await page.evaluate(async (list) => {
    const engine = await window.callsight!.engine();
    const out: number[] = [];
    for (const step of list) {
      const started = performance.now();
      for (const s of step.statements) await engine.query(window.callsight!.raw(s));
      out.push(performance.now() - started);
    }
    return out;
  }, steps);
  await page.context().close();
  const before = canonicalViewsSql(mapping, types, { materialise: true, rows }).map((f) => inlineSql(f));
  const native = await nativeSteps(path, loaded.table, before, steps);
  const label = `${rows.toLocaleString('en')} calls`;
  steps.forEach((step, i) => {
    report(`taxonomy: ${step.name}, ${label}`, `${wasm[i]!.toFixed(0)} ms`);
    report(
      `taxonomy: ${step.name}, ÷ native 1 thread (${native[i]!.toFixed(0)} ms)`,
      `${(wasm[i]! / native[i]!).toFixed(2)}×`,
      '≤ 2×',
    );
  });
}

/** The taxonomy editor's engine work at 1M calls: counting codes, and applying an edit (a rebuild). */
export const taxonomy: Suite = {
  name: 'taxonomy',
  async run(ctx) {
    await measure(ctx, 1_000_000);
  },
};
