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

/** Which customers one statement of a bucketed build takes: those whose id hashes to `index` of `count`. */
export interface Bucket {
  readonly index: number;
  readonly count: number;
}

function col(column: string | undefined, make: (c: string) => Fragment, type: string, alias: string): Fragment {
  return column
    ? sql`cast(${make(column)} as ${raw(type)}) as ${ident(alias)}`
    : sql`cast(null as ${raw(type)}) as ${ident(alias)}`;
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
  bucket?: Bucket,
  withRawText = false,
): Fragment {
  const c = m.columns;
  const outcome = c.answered
    ? outcomeClassExpr(c.answered, m.answeredValues, m.notOfferedValues ?? [])
    : sql`cast(null as varchar)`;
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
    ...(withRawText ? rawTextFields(m) : []),
  ];
  // The slice is taken on the raw rows, before typing; identical rows share their customer, so their bucket.
  const customer = c.customer_id ? sql`cast(${text(c.customer_id)} as varchar)` : sql`cast(null as varchar)`;
  const slice = bucket
    ? sql` where coalesce(hash(${customer}) % ${raw(String(bucket.count))}, 0) = ${raw(String(bucket.index))}`
    : sql``;
  const duplicate =
    m.keepDuplicateRows || columns.length === 0
      ? sql`false`
      : sql`row_number() over (partition by ${join(
          columns.map((name) => sql`${ident(name)}`),
          ', ',
        )} order by rowid) > 1`;
  return sql`select * exclude (is_duplicate), case when is_duplicate then 'duplicate' when started_at is null then 'unreadable_time'
      when outcome is null then 'unknown_outcome' when outcome = 'not_offered' then 'not_offered' end as excluded_reason
    from (select ${join(fields, ', ')}, ${duplicate} as is_duplicate from ${sourceTable(m.table)}${slice})`;
}
