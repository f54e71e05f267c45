import type { KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { join, raw, sql, type Fragment } from '../../sql';
import { withReasonCalls } from './base-sql';

/** A keyword rule over notes: any include term, and no exclude term, case-insensitive (Chinese has no case). */
export interface TagRule {
  readonly name: string;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

const has = (notes: Fragment, term: string): Fragment => sql`contains(${notes}, lower(${term}))`;

/**
 * Whether a call's notes match the rule (false for no notes, or a rule without include terms); `lowered` names the
 * notes already lower-cased, so a query over many calls lower-cases each note once for every term.
 */
export function tagMatchSql(rule: TagRule, lowered?: Fragment): Fragment {
  const include = rule.include.filter((t) => t.trim() !== '');
  if (include.length === 0) return sql`false`;
  const notes = lowered ?? sql`lower(notes)`;
  const any = join(
    include.map((t) => has(notes, t)),
    ' or ',
  );
  const exclude = rule.exclude.filter((t) => t.trim() !== '');
  const none = exclude.length
    ? sql` and not (${join(
        exclude.map((t) => has(notes, t)),
        ' or ',
      )})`
    : sql``;
  return sql`(${notes} is not null and (${any})${none})`;
}

/** Calls each rule tags per month (`t0`, `t1`… in the rules' order), months as `YYYY-MM`. */
export function tagsSql(filters: Filters, d: KpiDefinitions, rules: readonly TagRule[]): Fragment {
  const lowered = sql`notes_lc`;
  const counts = rules.map(
    (rule, i) => sql`cast(count(*) filter (where ${tagMatchSql(rule, lowered)}) as double) as ${raw(`t${i}`)}`,
  );
  // Months as numbers while counting: formatting every call's time cost more than the counting.
  return sql`${withReasonCalls(filters, d)}
    select strftime(make_date(y, m, 1), '%Y-%m') as month, cast(count(*) as double) as calls${counts.length ? sql`, ${join(counts, ', ')}` : sql``}
    from (select year(started_at) as y, month(started_at) as m, lower(notes) as notes_lc from rc)
    group by y, m order by y, m`;
}
