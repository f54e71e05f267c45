import type { Engine } from '../engine/engine';
import type { Mapping } from './mapping';
import { profileTable, type TableProfile } from './profile';
import { proposeMapping, type Proposal } from './detect';
import { refineByJoins } from './joins';
import { validateCalls, type ValidationReport } from './validation';
import { canonicalViewsSql, type TableTypes } from './views';

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
): Promise<ValidationReport> {
  const types = tableTypes(tables);
  const report = await validateCalls(engine, mapping, types);
  const dedupeCallIds = report.issues.some((i) => i.kind === 'duplicate_id');
  const rows = tables.find((t) => t.table === mapping.calls?.table)?.rows ?? 0;
  let materialise = rows <= MATERIALISE_MAX_ROWS;
  try {
    for (const statement of canonicalViewsSql(mapping, types, { dedupeCallIds, materialise }))
      await engine.query(statement);
  } catch (error) {
    if (!materialise || !/out of memory/i.test(String(error))) throw error;
    materialise = false;
    for (const statement of canonicalViewsSql(mapping, types, { dedupeCallIds, materialise }))
      await engine.query(statement);
  }
  return { ...report, materialised: materialise };
}

/**
 * Above this many calls the copy is not attempted: measured here, 10M generated calls take 1.5 GB as a loaded table
 * and their copy ran out of the 3 GB a wasm engine can address.
 */
export const MATERIALISE_MAX_ROWS = 4_000_000;
