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

const has = (term: string): Fragment => sql`contains(lower(notes), lower(${term}))`;

/** Whether a call's notes match the rule (false for no notes, or a rule without include terms). */
export function tagMatchSql(rule: TagRule): Fragment {
  const include = rule.include.filter((t) => t.trim() !== '');
  if (include.length === 0) return sql`false`;
  const any = join(include.map(has), ' or ');
  const exclude = rule.exclude.filter((t) => t.trim() !== '');
  const none = exclude.length ? sql` and not (${join(exclude.map(has), ' or ')})` : sql``;
  return sql`(notes is not null and (${any})${none})`;
}

/** Calls each rule tags per month (`t0`, `t1`… in the rules' order), months as `YYYY-MM`. */
export function tagsSql(filters: Filters, d: KpiDefinitions, rules: readonly TagRule[]): Fragment {
  const counts = rules.map(
    (rule, i) => sql`cast(count(*) filter (where ${tagMatchSql(rule)}) as double) as ${raw(`t${i}`)}`,
  );
  return sql`${withReasonCalls(filters, d)}
    select strftime(started_at, '%Y-%m') as month, cast(count(*) as double) as calls${counts.length ? sql`, ${join(counts, ', ')}` : sql``}
    from rc group by month order by month`;
}
