import type { Engine } from '../../engine/engine';
import { ident, join, sql, type Fragment } from '../../sql';
import { CALLS, CANONICAL_SCHEMA, REASONS, TAXONOMY } from '../views';
import type { DataCode, MappingRow } from './derive';
import type { TaxonomyRow } from './resolve';
import type { ReasonStatus } from './types';

/** Rows per insert statement: keeps the bound parameters of one statement in the low thousands. */
const ROWS_PER_INSERT = 250;

/** Statements that (re)write `canonical.taxonomy` from resolved rows, every value bound. */
export function taxonomyTableSql(rows: readonly TaxonomyRow[]): Fragment[] {
  const create = sql`create or replace table ${TAXONOMY} (raw_code varchar, reason varchar, category varchar,
    status varchar, merged_into varchar, valid_from date, valid_to date, sub_reason varchar)`;
  const inserts: Fragment[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const values = rows
      .slice(i, i + ROWS_PER_INSERT)
      .map(
        (r) =>
          sql`(${r.raw_code}, ${r.reason}, ${r.category}, ${r.status}, ${r.merged_into}, cast(${r.valid_from} as date), cast(${r.valid_to} as date), ${r.sub_reason})`,
      );
    inserts.push(sql`insert into ${TAXONOMY} values ${join(values, ', ')}`);
  }
  return [sql`create schema if not exists ${ident(CANONICAL_SCHEMA)}`, create, ...inserts];
}

/** Writes the taxonomy table; the canonical views then need a rebuild to read it. */
export async function writeTaxonomyTable(engine: Engine, rows: readonly TaxonomyRow[]): Promise<void> {
  for (const statement of taxonomyTableSql(rows)) await engine.query(statement);
}

/** Drops the taxonomy table, so the next build reads the mapped reasons table again. */
export async function dropTaxonomyTable(engine: Engine): Promise<void> {
  await engine.query(sql`drop table if exists ${TAXONOMY}`);
}

/** Whether a taxonomy has been written (and so the reasons view should read it). */
export async function hasTaxonomyTable(engine: Engine): Promise<boolean> {
  const found = await engine.query(
    sql`select 1 from information_schema.tables where table_catalog = 'memory' and table_schema = ${CANONICAL_SCHEMA} and table_name = 'taxonomy'`,
  );
  return found.rows.length > 0;
}

const STATUS: Record<string, ReasonStatus> = { merged: 'merged', 合并: 'merged', retired: 'retired', 停用: 'retired' };

/** The rows of `canonical.reasons` (the mapped table, before any taxonomy is applied) as mapping rows. */
export async function readMappingRows(engine: Engine): Promise<MappingRow[]> {
  const result = await engine.query(sql`select raw_code, coalesce(reason, '') as reason,
      coalesce(category, '') as category, lower(trim(coalesce(status, ''))) as status,
      coalesce(merged_into, '') as merged_into, coalesce(strftime(valid_from, '%Y-%m-%d'), '') as valid_from,
      coalesce(strftime(valid_to, '%Y-%m-%d'), '') as valid_to
    from ${REASONS} order by raw_code`);
  return result.rows.map((r) => ({
    raw_code: String(r.raw_code),
    reason: String(r.reason),
    category: String(r.category),
    status: STATUS[String(r.status)] ?? 'active',
    merged_into: String(r.merged_into),
    valid_from: String(r.valid_from),
    valid_to: String(r.valid_to),
    sub_reason: '',
  }));
}

/** Every raw code in the calls, with the category the calls carry for it when they have one. */
export async function readDataCodes(engine: Engine): Promise<DataCode[]> {
  const result = await engine.query(sql`select reason_code as code, any_value(reason_category) as category
    from ${CALLS} where reason_code is not null group by 1 order by 1`);
  return result.rows.map((r) => ({ code: String(r.code), category: r.category === null ? null : String(r.category) }));
}
