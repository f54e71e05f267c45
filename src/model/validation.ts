import type { Cell, Engine } from '../engine/engine';
import { ident, join, sql, type Fragment } from '../sql';
import { classifiedCallsSql, EXCLUSION_REASONS, type ExclusionReason } from './calls-rows';
import { CALLS, EXCLUDED, type TableTypes } from './canonical-names';
import { signedDurationExpr, sourceTable, text } from './expressions';
import type { Mapping } from './mapping';

/** What validation reports: why rows are left out, and what is kept but worth knowing. */
export type IssueKind = ExclusionReason | 'negative_duration' | 'repeated_call_id' | 'unknown_customer';

export interface ValidationIssue {
  readonly kind: IssueKind;
  /** Rows affected. */
  readonly count: number;
  /** A few of the offending raw values. */
  readonly examples: readonly string[];
}

/** What validating the calls mapping found. `total` = `counted` + the sum of `exclusions`, always. */
export interface ValidationReport {
  /** Rows of the loaded calls table. */
  readonly total: number;
  /** Offered calls: the rows every analysis counts before filters. */
  readonly counted: number;
  /** Rows left out, all reasons together. */
  readonly excluded: number;
  readonly exclusions: Readonly<Record<ExclusionReason, number>>;
  readonly issues: readonly ValidationIssue[];
  /** Set by the build: false when the calls were too many to copy and `calls` is a view (no repeat rate). */
  readonly materialised?: boolean;
}

const NOTE_KINDS = ['negative_duration', 'repeated_call_id', 'unknown_customer'] as const;

function negativeSql(mapping: Mapping, types: TableTypes): Fragment {
  const m = mapping.calls!;
  const t = types[m.table] ?? {};
  const durations = [m.columns.wait_s, m.columns.handle_s].filter((x): x is string => Boolean(x));
  if (durations.length === 0) return sql`select 0 as n, []::varchar[] as ex`;
  const negative = join(
    durations.map((d) => sql`coalesce(${signedDurationExpr(d, t, m.durationUnit)} < 0, false)`),
    ' or ',
  );
  return sql`select count(*) as n, coalesce(approx_top_k(concat_ws(' / ', ${join(durations.map(text), ', ')}), 3), []) as ex
    from ${sourceTable(m.table)} where ${negative}`;
}

/** Counted calls whose id is used by another counted call (kept: their content differs). */
function repeatedIdSql(counted: Fragment): Fragment {
  return sql`select coalesce(sum(n), 0) as n, coalesce(list(id order by n desc)[1:3], []) as ex
    from (select call_id as id, count(*) as n from ${counted} where call_id is not null group by 1 having count(*) > 1)`;
}

function unknownCustomerSql(mapping: Mapping, counted: Fragment): Fragment {
  const customers = mapping.customers;
  const id = customers?.columns.customer_id;
  if (!customers || !id || !mapping.calls?.columns.customer_id) return sql`select 0 as n, []::varchar[] as ex`;
  return sql`select count(*) as n, coalesce(approx_top_k(customer_id, 3), []) as ex from ${counted}
    where customer_id is not null and customer_id not in (select ${text(id)} from ${sourceTable(customers.table)} where ${text(id)} is not null)`;
}

/** Counts per exclusion reason, with raw examples, over classified rows that carry their raw text. */
function exclusionsSql(rows: Fragment): Fragment {
  const counts = EXCLUSION_REASONS.map((r) => sql`count(*) filter (where excluded_reason = ${r}) as ${ident(r)}`);
  return sql`select count(*) as total, ${join(counts, ', ')},
    coalesce(approx_top_k(coalesce(started_raw, '∅'), 3) filter (where excluded_reason = 'unreadable_time'), []) as unreadable_time_ex,
    coalesce(approx_top_k(outcome_raw, 3) filter (where excluded_reason = 'not_offered'), []) as not_offered_ex,
    coalesce(approx_top_k(coalesce(call_id, '∅'), 3) filter (where excluded_reason = 'duplicate'), []) as duplicate_ex
    from ${rows}`;
}

const num = (v: Cell | undefined) => (typeof v === 'number' ? v : 0);
const strings = (v: Cell | undefined) => (Array.isArray(v) ? v.map(String) : []);

async function notes(engine: Engine, mapping: Mapping, types: TableTypes, counted: Fragment) {
  const parts = {
    negative_duration: negativeSql(mapping, types),
    repeated_call_id: repeatedIdSql(counted),
    unknown_customer: unknownCustomerSql(mapping, counted),
  };
  const issues: ValidationIssue[] = [];
  for (const kind of NOTE_KINDS) {
    const row = (await engine.query(parts[kind])).rows[0] ?? {};
    issues.push({ kind, count: num(row.n), examples: strings(row.ex) });
  }
  return issues;
}

function assemble(row: Record<string, Cell>, noteIssues: readonly ValidationIssue[]): ValidationReport {
  const exclusions = Object.fromEntries(EXCLUSION_REASONS.map((r) => [r, num(row[r])])) as Record<
    ExclusionReason,
    number
  >;
  const excluded = EXCLUSION_REASONS.reduce((sum, r) => sum + exclusions[r], 0);
  const total = num(row.total);
  const issues = [
    ...EXCLUSION_REASONS.map((kind) => ({ kind, count: exclusions[kind], examples: strings(row[`${kind}_ex`]) })),
    ...noteIssues,
  ].filter((i) => i.count > 0);
  return { total, counted: total - excluded, excluded, exclusions, issues };
}

/** Validates a calls mapping before it is applied: the same classification the build will make. */
export async function validateCalls(engine: Engine, mapping: Mapping, types: TableTypes): Promise<ValidationReport> {
  const m = mapping.calls;
  if (!m) throw new Error('No calls table is mapped');
  const rows = sql`(${classifiedCallsSql(m, types[m.table] ?? {}, Object.keys(types[m.table] ?? {}), {
    withRawText: true,
  })})`;
  const row = (await engine.query(exclusionsSql(rows))).rows[0] ?? {};
  const counted = sql`(select * from ${rows} where excluded_reason is null)`;
  return assemble(row, await notes(engine, mapping, types, counted));
}

/** The report of a finished build, read from `canonical.calls` and `canonical.excluded` (no rescan of the file). */
export async function buildReport(engine: Engine, mapping: Mapping, types: TableTypes): Promise<ValidationReport> {
  const m = mapping.calls!;
  const started = m.columns.started_at;
  const examples = (reason: ExclusionReason, value: Fragment) =>
    sql`(select coalesce(list(v)[1:3], []) from (select distinct ${value} as v from ${sourceTable(m.table)}
      where rowid + 1 in (select source_row from ${EXCLUDED} where excluded_reason = ${reason} limit 200) limit 3))`;
  const startedText = started
    ? m.timeColumn
      ? sql`coalesce(concat_ws(' ', ${text(started)}, ${text(m.timeColumn)}), '∅')`
      : sql`coalesce(${text(started)}, '∅')`
    : sql`'∅'`;
  const counts = EXCLUSION_REASONS.map((r) => sql`count(*) filter (where excluded_reason = ${r}) as ${ident(r)}`);
  const row =
    (
      await engine.query(sql`select (select count(*) from ${CALLS}) + count(*) as total, ${join(counts, ', ')},
      ${examples('unreadable_time', startedText)} as unreadable_time_ex,
      ${m.columns.answered ? examples('not_offered', text(m.columns.answered)) : sql`[]::varchar[]`} as not_offered_ex,
      (select coalesce(list(distinct call_id)[1:3], []) from (select call_id from ${EXCLUDED} where excluded_reason = 'duplicate' limit 50)) as duplicate_ex
      from ${EXCLUDED}`)
    ).rows[0] ?? {};
  return assemble(row, await notes(engine, mapping, types, CALLS));
}
