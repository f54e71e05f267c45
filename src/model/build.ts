import type { Engine } from '../engine/engine';
import type { Mapping } from './mapping';
import { profileTable, type TableProfile } from './profile';
import { proposeMapping, type Proposal } from './detect';
import { refineByJoins } from './joins';
import { validateCalls, type ValidationReport } from './validation';
import { CALLS, CANONICAL_SCHEMA, canonicalViewsSql, type TableTypes } from './views';
import { sql } from '../sql';
import { hasTaxonomyTable } from './taxonomy/apply';

/** A loaded table as the model needs it (a subset of the app's Dataset). */
export interface SourceTable {
  readonly table: string;
  readonly rows: number;
  readonly columns: readonly { readonly name: string; readonly type: string }[];
}

/** Column types of the loaded tables, by table. */
export function tableTypes(tables: readonly SourceTable[]): TableTypes {
  return Object.fromEntries(tables.map((t) => [t.table, Object.fromEntries(t.columns.map((c) => [c.name, c.type]))]));
}

/** Profiles every loaded table and proposes a mapping from headers, values and joining ids. */
export async function detectMapping(engine: Engine, tables: readonly SourceTable[], base?: Mapping): Promise<Proposal> {
  const profiles: TableProfile[] = [];
  for (const t of tables) profiles.push(await profileTable(engine, t.table, t.rows, t.columns));
  const proposal = proposeMapping(profiles, base?.settings);
  return refineByJoins(engine, proposal, profiles);
}

/**
 * Validates the calls mapping, then (re)creates the canonical views. Repeated call ids are counted once;
 * calls without a readable time or outcome are left out, and the report says how many.
 */
export async function buildCanonicalViews(
  engine: Engine,
  mapping: Mapping,
  tables: readonly SourceTable[],
  options: BuildOptions = DEFAULT_BUILD,
): Promise<ValidationReport> {
  const types = tableTypes(tables);
  const report = await validateCalls(engine, mapping, types);
  const dedupeCallIds = report.issues.some((i) => i.kind === 'duplicate_id');
  const rows = tables.find((t) => t.table === mapping.calls?.table)?.rows ?? 0;
  const buckets = rows > options.copyAtOnceMaxRows ? Math.ceil(rows / options.bucketRows) : undefined;
  const taxonomy = await hasTaxonomyTable(engine);
  await dropCanonicalCalls(engine);
  try {
    for (const statement of canonicalViewsSql(mapping, types, { dedupeCallIds, materialise: true, buckets, taxonomy }))
      await engine.query(statement);
    return { ...report, materialised: true };
  } catch (error) {
    if (!/out of memory/i.test(String(error))) throw error;
    for (const statement of canonicalViewsSql(mapping, types, { dedupeCallIds, materialise: false, taxonomy }))
      await engine.query(statement);
    return { ...report, materialised: false };
  }
}

export interface BuildOptions {
  /** Above this many calls the copy is built in slices (see `bucketRows`) in the compressed database. */
  readonly copyAtOnceMaxRows: number;
  /** About this many calls per slice. */
  readonly bucketRows: number;
}

/**
 * Measured here: 10M generated calls copied in one statement ran out of the memory a wasm engine can address. In
 * slices of about 1.25M calls into the compressed database the copy took 66 s (a view takes 10 s), after which the
 * overview's KPI query took 0.66 s instead of 4.8 s and the repeat rate is back.
 */
export const DEFAULT_BUILD: BuildOptions = { copyAtOnceMaxRows: 4_000_000, bucketRows: 1_250_000 };

/** Drops `canonical.calls`, a table or a view (dropping one kind where the other is stands refused). */
async function dropCanonicalCalls(engine: Engine): Promise<void> {
  const found = await engine.query(
    sql`select table_type from information_schema.tables where table_catalog = 'memory' and table_schema = ${CANONICAL_SCHEMA} and table_name = 'calls'`,
  );
  const kind = found.rows[0]?.table_type;
  if (kind === 'VIEW') await engine.query(sql`drop view ${CALLS}`);
  else if (kind !== undefined) await engine.query(sql`drop table ${CALLS}`);
}
