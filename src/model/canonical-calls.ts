import { COMPACT_DATABASE } from '../engine/stores';
import { ident, raw, sql, type Fragment } from '../sql';
import { classifiedCallsSql, duplicateRowsSql } from './calls-rows';
import type { Mapping } from './mapping';
import { CALLS, CANONICAL_SCHEMA, CUSTOMERS, EXCLUDED, REASONS, type TableTypes } from './canonical-names';

export interface CallsBuildOptions {
  /** Rows of the loaded calls table (a sliced build reads it a rowid range at a time). */
  readonly rows?: number;
  /**
   * Copy the calls into tables (fast to query) rather than define views over the loaded table. Views are the
   * fallback when a copy would not fit in memory; they carry no next-contact gaps (NULL), so no repeat rate.
   */
  readonly materialise: boolean;
  /** Copy the calls into the compressed database in this many slices of customers, one statement each. */
  readonly buckets?: number;
  /** The reasons come from the user's taxonomy: its categories win over a category column of the calls. */
  readonly taxonomy?: boolean;
}

/** The typed rows of one build step, before they are split into counted calls and left-out rows. */
const ROWS = sql`${ident(CANONICAL_SCHEMA)}.${ident('_call_rows')}`;

/**
 * The offered calls of `rows`, joined to their reason and segment, with each customer's next-contact gaps and the
 * next contact's reason (one window over customer and time gives all three, so "what follows what" is a GROUP BY).
 */
function countedCallsSql(mapping: Mapping, rows: Fragment, gaps: boolean, taxonomy = false): Fragment {
  const segment = mapping.customers?.columns.segment && mapping.customers.columns.customer_id;
  // Only offered calls of identified customers have a next contact; anonymous callers are nobody's repeat.
  const next = gaps
    ? sql`case when customer_id is null then null else date_diff('second', started_at, lead(started_at) over (partition by customer_id, reason order by started_at)) end as next_same_s,
      case when customer_id is null then null else date_diff('second', started_at, lead(started_at) over (partition by customer_id order by started_at)) end as next_any_s,
      case when customer_id is null then null else lead(reason) over (partition by customer_id order by started_at) end as next_reason
    from joined order by started_at`
    : sql`cast(null as bigint) as next_same_s, cast(null as bigint) as next_any_s, cast(null as varchar) as next_reason from joined`;
  return sql`with seg as (select customer_id, any_value(segment) as segment from ${CUSTOMERS} group by customer_id),
    joined as (select k.call_id, k.customer_id, k.started_at, k.outcome = 'answered' as answered, k.wait_s, k.handle_s,
      k.reason_code, coalesce(m.reason, r.reason, k.reason_code) as reason,
      ${taxonomy ? sql`coalesce(m.category, r.category, k.reason_category_raw)` : sql`coalesce(k.reason_category_raw, m.category, r.category)`} as reason_category,
      k.business_line, k.channel, k.agent, k.resolved, k.satisfaction, k.notes,
      ${segment ? sql`s.segment` : sql`cast(null as varchar)`} as segment, k.source_row
    from ${rows} k
    left join ${REASONS} r on r.raw_code = k.reason_code
    left join ${REASONS} m on m.raw_code = r.merged_into
    ${segment ? sql`left join seg s on s.customer_id = k.customer_id` : sql``}
    where k.excluded_reason is null)
    select *, ${next}`;
}

function columnsOf(mapping: Mapping, types: TableTypes): { table: Mapping['calls'] & object; cols: string[] } {
  const m = mapping.calls;
  if (!m) throw new Error('No calls table is mapped');
  return { table: m, cols: Object.keys(types[m.table] ?? {}) };
}

/** Views over the loaded table, for when a copy does not fit: no next-contact gaps. */
function viewStatements(mapping: Mapping, types: TableTypes, taxonomy?: boolean): Fragment[] {
  const { table: m, cols } = columnsOf(mapping, types);
  const rows = sql`(${classifiedCallsSql(m, types[m.table] ?? {}, cols)})`;
  return [
    sql`create view ${EXCLUDED} as select * from ${rows} where excluded_reason is not null`,
    sql`create view ${CALLS} as ${countedCallsSql(mapping, rows, false, taxonomy)}`,
  ];
}

/** Types every row once into a scratch table, then splits it into `canonical.calls` and `canonical.excluded`. */
function tableStatements(mapping: Mapping, types: TableTypes, taxonomy?: boolean): Fragment[] {
  const { table: m, cols } = columnsOf(mapping, types);
  return [
    sql`create table ${ROWS} as ${classifiedCallsSql(m, types[m.table] ?? {}, cols)}`,
    sql`create table ${EXCLUDED} as select * from ${ROWS} where excluded_reason is not null`,
    sql`create table ${CALLS} as ${countedCallsSql(mapping, ROWS, true, taxonomy)}`,
    sql`drop table ${ROWS}`,
  ];
}

const COMPACT_CALLS = sql`${ident(COMPACT_DATABASE)}.${ident(CANONICAL_SCHEMA)}.calls`;
const COMPACT_EXCLUDED = sql`${ident(COMPACT_DATABASE)}.${ident(CANONICAL_SCHEMA)}.excluded`;
const COMPACT_ROWS = sql`${ident(COMPACT_DATABASE)}.${ident(CANONICAL_SCHEMA)}.${ident('_call_rows')}`;
const DUPLICATES = sql`${ident(CANONICAL_SCHEMA)}.${ident('_duplicate_rows')}`;

/**
 * For tables too big for one statement: every row is typed once, a rowid range per statement, into a compressed
 * scratch table that also notes each row's customer slice; then each slice of customers (all of a customer's calls,
 * so their next-contact gaps are whole) is copied into the compressed calls table, and the canonical names are
 * views of those copies. Scanning the loaded table once per customer slice, as before, cost a full read each time.
 */
function bucketedStatements(
  mapping: Mapping,
  types: TableTypes,
  count: number,
  rows: number,
  taxonomy?: boolean,
): Fragment[] {
  const { table: m, cols } = columnsOf(mapping, types);
  const removing = !m.keepDuplicateRows && cols.length > 0;
  const pieces = count;
  const size = Math.ceil(rows / pieces);
  const typed = Array.from({ length: pieces }, (_, i) => {
    const select = classifiedCallsSql(m, types[m.table] ?? {}, cols, {
      rows: { from: i * size, to: i === pieces - 1 ? Number.MAX_SAFE_INTEGER : (i + 1) * size },
      bucketCount: count,
      ...(removing ? { duplicates: DUPLICATES } : {}),
    });
    return i === 0 ? sql`create table ${COMPACT_ROWS} as ${select}` : sql`insert into ${COMPACT_ROWS} ${select}`;
  });
  const copies = Array.from({ length: count }, (_, index): Fragment => {
    const slice = sql`(select * exclude (bucket) from ${COMPACT_ROWS} where bucket = ${raw(String(index))})`;
    const select = countedCallsSql(mapping, slice, true, taxonomy);
    return index === 0 ? sql`create table ${COMPACT_CALLS} as ${select}` : sql`insert into ${COMPACT_CALLS} ${select}`;
  });
  return [
    ...(removing ? [sql`create table ${DUPLICATES} as ${duplicateRowsSql(m.table, cols)}`] : []),
    ...typed,
    sql`create table ${COMPACT_EXCLUDED} as select * exclude (bucket) from ${COMPACT_ROWS} where excluded_reason is not null`,
    ...copies,
    sql`drop table ${COMPACT_ROWS}`,
    ...(removing ? [sql`drop table ${DUPLICATES}`] : []),
    sql`create view ${CALLS} as select * from ${COMPACT_CALLS}`,
    sql`create view ${EXCLUDED} as select * from ${COMPACT_EXCLUDED}`,
  ];
}

/** Drops whatever a previous build left (tables or views under the canonical names, and the compressed copies). */
export function dropCallsStatements(): Fragment[] {
  return [
    sql`drop table if exists ${ROWS}`,
    sql`drop table if exists ${COMPACT_ROWS}`,
    sql`drop table if exists ${DUPLICATES}`,
    sql`drop table if exists ${COMPACT_CALLS}`,
    sql`drop table if exists ${COMPACT_EXCLUDED}`,
  ];
}

/** The statements that build `canonical.calls` and `canonical.excluded`, in order. */
export function callsBuildStatements(mapping: Mapping, types: TableTypes, options: CallsBuildOptions): Fragment[] {
  if (!options.materialise) return viewStatements(mapping, types, options.taxonomy);
  return options.buckets
    ? bucketedStatements(mapping, types, options.buckets, options.rows ?? 0, options.taxonomy)
    : tableStatements(mapping, types, options.taxonomy);
}
