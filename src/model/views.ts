import { COMPACT_DATABASE } from '../engine/stores';
import { ident, join, raw, sql, type Fragment } from '../sql';
import {
  booleanExpr,
  dateExpr,
  durationExpr,
  numberExpr,
  outcomeExpr,
  sourceTable,
  text,
  timestampExpr,
  type ColumnTypes,
} from './expressions';
import type { CallsMapping, CustomersMapping, Mapping, ReasonsMapping } from './mapping';

/** The schema that holds the canonical views, apart from loaded tables (a file may be called `calls.csv`). */
export const CANONICAL_SCHEMA = 'canonical';

/** The canonical views every analysis reads. */
export const CALLS = sql`${ident(CANONICAL_SCHEMA)}.calls`;
export const CUSTOMERS = sql`${ident(CANONICAL_SCHEMA)}.customers`;
export const REASONS = sql`${ident(CANONICAL_SCHEMA)}.reasons`;
/** The user's reason taxonomy as mapping rows (written by src/model/taxonomy); when present, the reasons view reads it. */
export const TAXONOMY = sql`${ident(CANONICAL_SCHEMA)}.taxonomy`;

/** Column types of every loaded table, by table name. */
export type TableTypes = Readonly<Record<string, ColumnTypes>>;

export interface ViewOptions {
  /** Keep one row per call id (the earliest) when the export repeats ids. */
  readonly dedupeCallIds: boolean;
  /**
   * Copy the calls into a table (fast to query) rather than define a view over the loaded table. A view is the
   * fallback when a copy would not fit in memory; it carries no next-contact gaps (NULL), so no repeat rate.
   */
  readonly materialise: boolean;
  /** Copy the calls into the compressed database in this many slices of customers, one statement each. */
  readonly buckets?: number;
  /** Read the reasons from the user's taxonomy (`canonical.taxonomy`) instead of the mapped table. */
  readonly taxonomy?: boolean;
}

function col(column: string | undefined, make: (c: string) => Fragment, type: string, alias: string): Fragment {
  return column
    ? sql`cast(${make(column)} as ${raw(type)}) as ${ident(alias)}`
    : sql`cast(null as ${raw(type)}) as ${ident(alias)}`;
}

/** The `canonical.reasons` view: one row per raw code (the latest by validity). */
export function reasonsViewSql(m: ReasonsMapping | undefined, types: TableTypes): Fragment {
  if (!m) {
    return sql`create or replace view ${REASONS} as select * from (values (null::varchar, null::varchar, null::varchar, null::varchar, null::varchar, null::date, null::date)) v(raw_code, reason, category, status, merged_into, valid_from, valid_to) where false`;
  }
  const c = m.columns;
  const t = types[m.table] ?? {};
  const fields = [
    col(c.raw_code, text, 'varchar', 'raw_code'),
    col(c.reason, text, 'varchar', 'reason'),
    col(c.category, text, 'varchar', 'category'),
    col(c.status, text, 'varchar', 'status'),
    col(c.merged_into, text, 'varchar', 'merged_into'),
    col(c.valid_from, (x) => dateExpr(x, t), 'date', 'valid_from'),
    col(c.valid_to, (x) => dateExpr(x, t), 'date', 'valid_to'),
  ];
  return sql`create or replace view ${REASONS} as
    select * from (select ${join(fields, ', ')} from ${sourceTable(m.table)})
    where raw_code is not null
    qualify row_number() over (partition by raw_code order by valid_from desc nulls last) = 1`;
}

/** The `canonical.reasons` view over the user's taxonomy: the same columns as from a mapped table. */
export function taxonomyReasonsViewSql(): Fragment {
  return sql`create or replace view ${REASONS} as
    select raw_code, reason, category, status, merged_into, valid_from, valid_to from ${TAXONOMY}`;
}

/** The `canonical.customers` view: typed customer columns. */
export function customersViewSql(m: CustomersMapping | undefined, types: TableTypes): Fragment {
  const c = m?.columns ?? {};
  const t = m ? (types[m.table] ?? {}) : {};
  const fields = [
    col(c.customer_id, text, 'varchar', 'customer_id'),
    col(c.revenue, (x) => numberExpr(x, t), 'double', 'revenue'),
    col(c.service_cost, (x) => numberExpr(x, t), 'double', 'service_cost'),
    col(c.segment, text, 'varchar', 'segment'),
    col(c.joined_at, (x) => dateExpr(x, t), 'date', 'joined_at'),
    col(c.period, (x) => dateExpr(x, t), 'date', 'period'),
    col(c.arrears, (x) => numberExpr(x, t), 'double', 'arrears'),
    col(c.overdue_days, (x) => numberExpr(x, t), 'double', 'overdue_days'),
    col(c.late_payments, (x) => numberExpr(x, t), 'double', 'late_payments'),
  ];
  const id = m?.columns.customer_id;
  const source = m && id ? sql` from ${sourceTable(m.table)} where ${text(id)} is not null` : sql` where false`;
  return sql`create or replace view ${CUSTOMERS} as select ${join(fields, ', ')}${source}`;
}

/** The typed calls columns straight from the raw table (before exclusions and joins). */
export function typedCallsSql(m: CallsMapping, types: TableTypes, bucket?: Bucket): Fragment {
  const c = m.columns;
  const t = types[m.table] ?? {};
  const fields = [
    col(c.call_id, text, 'varchar', 'call_id'),
    col(c.customer_id, text, 'varchar', 'customer_id'),
    col(c.started_at, (x) => timestampExpr(x, t, m.timeColumn), 'timestamp', 'started_at'),
    col(c.answered, (x) => outcomeExpr(x, m.answeredValues), 'boolean', 'answered'),
    col(c.wait_s, (x) => durationExpr(x, t, m.durationUnit), 'double', 'wait_s'),
    col(c.handle_s, (x) => durationExpr(x, t, m.durationUnit), 'double', 'handle_s'),
    col(c.reason, text, 'varchar', 'reason_code'),
    col(c.reason_category, text, 'varchar', 'reason_category_raw'),
    col(c.business_line, text, 'varchar', 'business_line'),
    col(c.channel, text, 'varchar', 'channel'),
    col(c.agent, text, 'varchar', 'agent'),
    col(c.resolved, booleanExpr, 'boolean', 'resolved'),
    col(c.satisfaction, (x) => numberExpr(x, t), 'double', 'satisfaction'),
    col(c.notes, text, 'varchar', 'notes'),
  ];
  // The slice is taken on the raw rows, before typing: as a filter on the typed id it came after typing every row.
  const customer = c.customer_id ? sql`cast(${text(c.customer_id)} as varchar)` : sql`cast(null as varchar)`;
  const slice = bucket
    ? sql` where coalesce(hash(${customer}) % ${raw(String(bucket.count))}, 0) = ${raw(String(bucket.index))}`
    : sql``;
  return sql`select ${join(fields, ', ')} from ${sourceTable(m.table)}${slice}`;
}

/**
 * The `canonical.calls` table (built once per mapping): typed calls whose time and outcome could be read, each raw reason code resolved
 * through the reason mapping (following merges), and the caller's segment from the customers table. Each call also
 * carries the seconds to the same customer's next contact (`next_any_s`) and next contact about the same reason
 * (`next_same_s`), over all their calls, so the repeat-contact rate is a plain filtered count.
 */
export function callsViewSql(mapping: Mapping, types: TableTypes, options: ViewOptions): Fragment {
  return sql`create or replace ${raw(options.materialise ? 'table' : 'view')} ${CALLS} as
    ${callsSelectSql(mapping, types, options)}`;
}

/** Which customers one statement of a bucketed build takes: those whose id hashes to `index` of `count`. */
interface Bucket {
  readonly index: number;
  readonly count: number;
}

function callsSelectSql(mapping: Mapping, types: TableTypes, options: ViewOptions, bucket?: Bucket): Fragment {
  const m = mapping.calls;
  if (!m) throw new Error('No calls table is mapped');
  const dedupe =
    options.dedupeCallIds && m.columns.call_id
      ? sql` qualify row_number() over (partition by call_id order by started_at) = 1`
      : sql``;
  const segment = mapping.customers?.columns.segment && mapping.customers.columns.customer_id;
  // The user's taxonomy is the last word on categories; an export's own category column is otherwise.
  const category = options.taxonomy
    ? sql`coalesce(m.category, r.category, k.reason_category_raw)`
    : sql`coalesce(k.reason_category_raw, m.category, r.category)`;
  // Materialised: typing and joining 1M+ rows on every query would cost far more than once per mapping.
  const gaps = options.materialise
    ? sql`date_diff('second', started_at, lead(started_at) over (partition by customer_id, reason order by started_at)) as next_same_s,
      date_diff('second', started_at, lead(started_at) over (partition by customer_id order by started_at)) as next_any_s
    from joined order by started_at`
    : sql`cast(null as bigint) as next_same_s, cast(null as bigint) as next_any_s from joined`;
  // All of a customer's calls fall in one bucket, so each bucket's next-contact gaps are complete.
  return sql`with typed as (${typedCallsSql(m, types, bucket)}),
    kept as (select * from typed where started_at is not null and answered is not null${dedupe}),
    seg as (select customer_id, any_value(segment) as segment from ${CUSTOMERS} group by customer_id),
    joined as (select k.call_id, k.customer_id, k.started_at, k.answered, k.wait_s, k.handle_s, k.reason_code,
      coalesce(m.reason, r.reason, k.reason_code) as reason,
      ${category} as reason_category,
      k.business_line, k.channel, k.agent, k.resolved, k.satisfaction, k.notes,
      ${segment ? sql`s.segment` : sql`cast(null as varchar)`} as segment
    from kept k
    left join ${REASONS} r on r.raw_code = k.reason_code
    left join ${REASONS} m on m.raw_code = r.merged_into
    ${segment ? sql`left join seg s on s.customer_id = k.customer_id` : sql``})
    select *, ${gaps}`;
}

/** Where a bucketed copy of the calls lives: the compressed database (see `COMPACT_DATABASE`). */
const COMPACT_CALLS = sql`${ident(COMPACT_DATABASE)}.${ident(CANONICAL_SCHEMA)}.calls`;

/**
 * The calls copied into the compressed database a slice of customers per statement, and `canonical.calls` a view
 * of that copy. For tables too big to copy in one statement: 10M generated calls took 0.18 GB compressed.
 */
function bucketedCallsSql(mapping: Mapping, types: TableTypes, options: ViewOptions, count: number): Fragment[] {
  const copy = { ...options, materialise: true };
  const slices = Array.from({ length: count }, (_, index) => {
    const select = callsSelectSql(mapping, types, copy, { index, count });
    return index === 0 ? sql`create table ${COMPACT_CALLS} as ${select}` : sql`insert into ${COMPACT_CALLS} ${select}`;
  });
  return [...slices, sql`create view ${CALLS} as select * from ${COMPACT_CALLS}`];
}

/** Every statement that (re)builds the canonical views, in order. */
export function canonicalViewsSql(mapping: Mapping, types: TableTypes, options: ViewOptions): Fragment[] {
  return [
    sql`create schema if not exists ${ident(CANONICAL_SCHEMA)}`,
    sql`create schema if not exists ${ident(COMPACT_DATABASE)}.${ident(CANONICAL_SCHEMA)}`,
    sql`drop table if exists ${CALLS}`,
    sql`drop view if exists ${CALLS}`,
    sql`drop table if exists ${COMPACT_CALLS}`,
    options.taxonomy ? taxonomyReasonsViewSql() : reasonsViewSql(mapping.reasons, types),
    customersViewSql(mapping.customers, types),
    ...(options.buckets
      ? bucketedCallsSql(mapping, types, options, options.buckets)
      : [callsViewSql(mapping, types, options)]),
  ];
}
