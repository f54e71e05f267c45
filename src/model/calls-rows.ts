import { ident, join, raw, sql, type Fragment } from '../sql';
import {
  booleanExpr,
  customerIdExpr,
  durationExpr,
  numberExpr,
  outcomeClassExpr,
  sourceTable,
  text,
  timestampExpr,
  type ColumnTypes,
} from './expressions';
import type { CallsMapping } from './mapping';

/** Why a loaded row is not a counted call, in the order the reasons are tested. */
export const EXCLUSION_REASONS = ['duplicate', 'unreadable_time', 'unknown_outcome', 'not_offered'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/** How one statement of the classification reads the loaded table. */
export interface ClassifyOptions {
  /** Only rows whose rowid lies in [from, to): a large table is typed a slice at a time. */
  readonly rows?: { readonly from: number; readonly to: number };
  /**
   * Where the duplicate rows' ids come from: a relation with a `rid` column (computed once for a sliced build),
   * or, when absent, a `dup_rows` clause of this statement's own.
   */
  readonly duplicates?: Fragment;
  /** Adds `bucket`: the customer's slice of `count`, so that each slice holds all of a customer's calls. */
  readonly bucketCount?: number;
  /** Adds the raw text of the time and outcome columns, for examples of what could not be read. */
  readonly withRawText?: boolean;
}

function col(column: string | undefined, make: (c: string) => Fragment, type: string, alias: string): Fragment {
  return column
    ? sql`cast(${make(column)} as ${raw(type)}) as ${ident(alias)}`
    : sql`cast(null as ${raw(type)}) as ${ident(alias)}`;
}

/**
 * `dup_rows`: the rows identical in every column to an earlier row. Only rows whose hash of every column collides
 * are compared column by column: a window over all columns of every row cost twice as much (1M calls, native).
 */
export function duplicateRowsSql(table: string, columns: readonly string[]): Fragment {
  const all = join(
    columns.map((name) => sql`${ident(name)}`),
    ', ',
  );
  return sql`select rid from (select rowid as rid, row_number() over (partition by ${all} order by rowid) as k
      from ${sourceTable(table)} where hash(${all}) in (select h from (select hash(${all}) as h
        from ${sourceTable(table)} group by 1 having count(*) > 1))) where k > 1`;
}

/** The raw text of the time and outcome columns, for examples of what could not be read. */
function rawTextFields(m: CallsMapping): Fragment[] {
  const c = m.columns;
  const none = sql`cast(null as varchar)`;
  const started = c.started_at
    ? m.timeColumn
      ? sql`concat_ws(' ', ${text(c.started_at)}, ${text(m.timeColumn)})`
      : text(c.started_at)
    : none;
  return [sql`${started} as started_raw`, sql`${c.answered ? text(c.answered) : none} as outcome_raw`];
}

function callIdExpr(m: CallsMapping): (column: string) => Fragment {
  return (column) => (m.callIdWith ? sql`concat_ws('-', ${text(m.callIdWith)}, ${text(column)})` : text(column));
}

/**
 * Every loaded row of the calls table, typed, with `excluded_reason` saying why it is not a counted call (NULL
 * when it is one). A row identical in every column of the file to an earlier row is a `duplicate`; otherwise no
 * row is ever dropped for repeating an id, since rows whose content differs are different calls.
 */
export function classifiedCallsSql(
  m: CallsMapping,
  types: ColumnTypes,
  columns: readonly string[],
  options: ClassifyOptions = {},
): Fragment {
  const c = m.columns;
  const outcome = c.answered
    ? outcomeClassExpr(c.answered, m.answeredValues, m.notOfferedValues ?? [])
    : sql`cast(null as varchar)`;
  const customer = c.customer_id ? sql`cast(${text(c.customer_id)} as varchar)` : sql`cast(null as varchar)`;
  const fields = [
    col(c.call_id, callIdExpr(m), 'varchar', 'call_id'),
    col(c.customer_id, (x) => customerIdExpr(x, m.anonymousCustomerIds ?? []), 'varchar', 'customer_id'),
    col(c.started_at, (x) => timestampExpr(x, types, m.timeColumn), 'timestamp', 'started_at'),
    sql`${outcome} as outcome`,
    col(c.wait_s, (x) => durationExpr(x, types, m.durationUnit), 'double', 'wait_s'),
    col(c.handle_s, (x) => durationExpr(x, types, m.durationUnit), 'double', 'handle_s'),
    col(c.reason, text, 'varchar', 'reason_code'),
    col(c.reason_category, text, 'varchar', 'reason_category_raw'),
    col(c.business_line, text, 'varchar', 'business_line'),
    col(c.channel, text, 'varchar', 'channel'),
    col(c.agent, text, 'varchar', 'agent'),
    col(c.resolved, booleanExpr, 'boolean', 'resolved'),
    col(c.satisfaction, (x) => numberExpr(x, types), 'double', 'satisfaction'),
    col(c.notes, text, 'varchar', 'notes'),
    sql`rowid + 1 as source_row`,
    ...(options.withRawText ? rawTextFields(m) : []),
    ...(options.bucketCount
      ? [sql`cast(coalesce(hash(${customer}) % ${raw(String(options.bucketCount))}, 0) as integer) as bucket`]
      : []),
  ];
  const range = options.rows
    ? sql`rowid >= ${raw(String(options.rows.from))} and rowid < ${raw(String(options.rows.to))}`
    : sql`true`;
  const removing = !m.keepDuplicateRows && columns.length > 0;
  const own = removing && !options.duplicates;
  const duplicate = removing ? sql`rowid in (select rid from ${options.duplicates ?? sql`dup_rows`})` : sql`false`;
  return sql`${own ? sql`with dup_rows as (${duplicateRowsSql(m.table, columns)})` : sql``}
    select * exclude (is_duplicate), case when is_duplicate then 'duplicate' when started_at is null then 'unreadable_time'
      when outcome is null then 'unknown_outcome' when outcome = 'not_offered' then 'not_offered' end as excluded_reason
    from (select ${join(fields, ', ')}, ${duplicate} as is_duplicate from ${sourceTable(m.table)} where ${range})`;
}
