import type { KpiDefinitions } from '../../metrics';
import { dayRangeSql } from '../../metrics/predicates';
import { REASONS, type Filters } from '../../model';
import { sql, type Fragment } from '../../sql';
import { withCodes } from './base-sql';
import { withReasonHours } from './hours-sql';
import type { Windows } from './window-sql';

/**
 * One row per reason over the span: calls in the recent window (`x1`) and in the baseline window (`x0`), first and
 * last day seen, and the mapping's status and last valid day for its code. `hours`: a table of `reasonHoursSql`.
 */
export function emergingSql(filters: Filters, d: KpiDefinitions, w: Windows, hours?: string): Fragment {
  const baseline = w.baseline ? dayRangeSql(w.baseline) : sql`false`;
  const perCode = sql`select reason, reason_code,
      coalesce(sum(n) filter (where ${dayRangeSql(w.recent)}), 0) as x1,
      coalesce(sum(n) filter (where ${baseline}), 0) as x0,
      sum(n) as total, min(started_at) as first_at, max(started_at) as last_at
    from rh where ${dayRangeSql(w.span)} group by reason, reason_code`;
  return sql`${withReasonHours(filters, d, hours)},
    r as (select reason, min(code) as code, cast(sum(x1) as double) as x1, cast(sum(x0) as double) as x0,
      cast(sum(total) as double) as total,
      strftime(min(first_at), '%Y-%m-%d') as first_seen, strftime(max(last_at), '%Y-%m-%d') as last_seen
    from ${withCodes(perCode)} group by reason)
    select r.*, m.status, strftime(m.valid_to, '%Y-%m-%d') as valid_to
    from r left join ${REASONS} m on m.raw_code = r.code
    order by r.total desc, r.reason`;
}
