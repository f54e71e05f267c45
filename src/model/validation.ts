import type { Cell, Engine } from '../engine/engine';
import { join, sql, type Fragment } from '../sql';
import { outcomeExpr, signedDurationExpr, sourceTable, text, timestampExpr } from './expressions';
import type { Mapping } from './mapping';
import type { TableTypes } from './views';

/** A data problem the canonical views work around. */
export type IssueKind = 'bad_time' | 'no_outcome' | 'negative_duration' | 'duplicate_id' | 'unknown_customer';

export interface ValidationIssue {
  readonly kind: IssueKind;
  /** Rows affected. */
  readonly count: number;
  /** A few of the offending raw values. */
  readonly examples: readonly string[];
}

/** What validating the calls mapping found; `excluded` rows are left out of the `calls` view. */
export interface ValidationReport {
  readonly total: number;
  readonly excluded: number;
  readonly issues: readonly ValidationIssue[];
  /** Set by the build: false when the calls were too many to copy and `calls` is a view (no repeat rate). */
  readonly materialised?: boolean;
}

/** One query over the raw calls table that counts each problem and keeps three examples of it. */
export function validationSql(mapping: Mapping, types: TableTypes): Fragment {
  const m = mapping.calls;
  if (!m) throw new Error('No calls table is mapped');
  const t = types[m.table] ?? {};
  const c = m.columns;
  const none = sql`cast(null as varchar)`;
  const started = c.started_at ? timestampExpr(c.started_at, t, m.timeColumn) : sql`cast(null as timestamp)`;
  const startedRaw = c.started_at
    ? m.timeColumn
      ? sql`concat_ws(' ', ${text(c.started_at)}, ${text(m.timeColumn)})`
      : text(c.started_at)
    : none;
  const answered = c.answered ? outcomeExpr(c.answered, m.answeredValues) : sql`cast(null as boolean)`;
  const durations = [c.wait_s, c.handle_s].filter((x): x is string => Boolean(x));
  const negative = durations.length
    ? join(
        durations.map((d) => sql`coalesce(${signedDurationExpr(d, t, m.durationUnit)} < 0, false)`),
        ' or ',
      )
    : sql`false`;
  const negativeRaw = durations.length ? sql`concat_ws(' / ', ${join(durations.map(text), ', ')})` : none;
  const id = c.call_id ? text(c.call_id) : none;
  const customer = c.customer_id ? text(c.customer_id) : none;
  const customers = mapping.customers?.columns.customer_id && c.customer_id ? mapping.customers : undefined;
  const known = customers
    ? sql`customer in (select ${text(customers.columns.customer_id!)} from ${sourceTable(customers.table)})`
    : sql`true`;
  // Examples come from approx_top_k: a fixed-size sketch, where a list would hold every bad value of 10M rows.
  return sql`with raw as (
      select ${started} as started, ${startedRaw} as started_raw, ${answered} as answered,
        ${c.answered ? text(c.answered) : none} as outcome_raw, ${negative} as negative, ${negativeRaw} as negative_raw,
        ${id} as id, ${customer} as customer
      from ${sourceTable(m.table)}),
    dup as (select ${id} as id, count(*) as n from ${sourceTable(m.table)} where ${id} is not null
      group by 1 having count(*) > 1)
    select count(*) as total,
      count(*) filter (where started is null or answered is null) as excluded,
      count(*) filter (where started is null) as bad_time,
      coalesce(approx_top_k(coalesce(started_raw, '∅'), 3) filter (where started is null), []) as bad_time_ex,
      count(*) filter (where answered is null) as no_outcome,
      coalesce(approx_top_k(coalesce(outcome_raw, '∅'), 3) filter (where answered is null), []) as no_outcome_ex,
      count(*) filter (where negative) as negative_duration,
      coalesce(approx_top_k(negative_raw, 3) filter (where negative), []) as negative_duration_ex,
      (select coalesce(sum(n) - count(*), 0) from dup) as duplicate_id,
      (select coalesce(approx_top_k(id, 3), []) from dup) as duplicate_id_ex,
      count(*) filter (where customer is not null and not (${known})) as unknown_customer,
      coalesce(approx_top_k(customer, 3) filter (where customer is not null and not (${known})), []) as unknown_customer_ex
    from raw`;
}

const KINDS: readonly IssueKind[] = ['bad_time', 'no_outcome', 'negative_duration', 'duplicate_id', 'unknown_customer'];

/** Validates the calls mapping on the engine; issues with no affected rows are left out. */
export async function validateCalls(engine: Engine, mapping: Mapping, types: TableTypes): Promise<ValidationReport> {
  const row = (await engine.query(validationSql(mapping, types))).rows[0] ?? {};
  const n = (v: Cell | undefined) => (typeof v === 'number' ? v : 0);
  const issues = KINDS.map((kind) => ({
    kind,
    count: n(row[kind]),
    examples: Array.isArray(row[`${kind}_ex`]) ? (row[`${kind}_ex`] as Cell[]).map(String) : [],
  })).filter((i) => i.count > 0);
  return { total: n(row.total), excluded: n(row.excluded), issues };
}
