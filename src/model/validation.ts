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
  return sql`with raw as (
      select ${started} as started, ${startedRaw} as started_raw, ${answered} as answered,
        ${c.answered ? text(c.answered) : none} as outcome_raw, ${negative} as negative, ${negativeRaw} as negative_raw,
        ${id} as id, ${customer} as customer
      from ${sourceTable(m.table)}),
    dup as (select id from raw where id is not null group by id having count(*) > 1)
    select count(*) as total,
      count(*) filter (where started is null or answered is null) as excluded,
      count(*) filter (where started is null) as bad_time,
      coalesce(list(coalesce(started_raw, '∅')) filter (where started is null)[1:3], []) as bad_time_ex,
      count(*) filter (where answered is null) as no_outcome,
      coalesce(list(coalesce(outcome_raw, '∅')) filter (where answered is null)[1:3], []) as no_outcome_ex,
      count(*) filter (where negative) as negative_duration,
      coalesce(list(negative_raw) filter (where negative)[1:3], []) as negative_duration_ex,
      (select coalesce(sum(n) - count(*), 0) from (select count(*) as n from raw where id is not null group by id having count(*) > 1)) as duplicate_id,
      (select coalesce(list(id)[1:3], []) from dup) as duplicate_id_ex,
      count(*) filter (where customer is not null and not (${known})) as unknown_customer,
      coalesce(list(customer) filter (where customer is not null and not (${known}))[1:3], []) as unknown_customer_ex
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
