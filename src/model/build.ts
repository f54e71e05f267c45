import type { Engine } from '../engine/engine';
import type { Mapping } from './mapping';
import { profileTable, type TableProfile } from './profile';
import { proposeMapping, type Proposal } from './detect';
import { refineByJoins } from './joins';
import { detectAnonymousIds, refineCallId } from './detect-ids';
import { buildReport, type ValidationReport } from './validation';
import { CANONICAL_SCHEMA, canonicalViewsSql, type TableTypes } from './views';
import { ident, sql } from '../sql';

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
  const proposal = await refineByJoins(engine, proposeMapping(profiles, base?.settings), profiles);
  const calls = proposal.mapping.calls;
  if (!calls) return proposal;
  const withId = await refineCallId(
    engine,
    calls,
    profiles.find((p) => p.table === calls.table),
  );
  const anonymous = await detectAnonymousIds(engine, withId);
  const refined = anonymous.length ? { ...withId, anonymousCustomerIds: anonymous } : withId;
  return { ...proposal, mapping: { ...proposal.mapping, calls: refined } };
}

/**
 * (Re)creates the canonical views: every loaded calls row is either a counted call (`canonical.calls`) or a
 * left-out row with its reason (`canonical.excluded`), and the report says how many of each.
 */
export async function buildCanonicalViews(
  engine: Engine,
  mapping: Mapping,
  tables: readonly SourceTable[],
  options: BuildOptions = DEFAULT_BUILD,
): Promise<ValidationReport> {
  const types = tableTypes(tables);
  const rows = tables.find((t) => t.table === mapping.calls?.table)?.rows ?? 0;
  const buckets = rows > options.copyAtOnceMaxRows ? Math.ceil(rows / options.bucketRows) : undefined;
  let materialised = true;
  await dropCanonical(engine);
  try {
    for (const statement of canonicalViewsSql(mapping, types, { materialise: true, buckets, rows }))
      await engine.query(statement);
  } catch (error) {
    if (!/out of memory/i.test(String(error))) throw error;
    materialised = false;
    await dropCanonical(engine);
    for (const statement of canonicalViewsSql(mapping, types, { materialise: false })) await engine.query(statement);
  }
  return { ...(await buildReport(engine, mapping, types)), materialised };
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

/** Drops `canonical.calls` and `canonical.excluded`, tables or views (dropping one kind where the other is stands refused). */
async function dropCanonical(engine: Engine): Promise<void> {
  for (const name of ['calls', 'excluded'] as const) {
    const found = await engine.query(
      sql`select table_type from information_schema.tables where table_catalog = 'memory' and table_schema = ${CANONICAL_SCHEMA} and table_name = ${name}`,
    );
    const kind = found.rows[0]?.table_type;
    const target = sql`${ident(CANONICAL_SCHEMA)}.${ident(name)}`;
    if (kind === 'VIEW') await engine.query(sql`drop view ${target}`);
    else if (kind !== undefined) await engine.query(sql`drop table ${target}`);
  }
}
