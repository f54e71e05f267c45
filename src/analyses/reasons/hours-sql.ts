import { callsWhere, type KpiDefinitions } from '../../metrics';
import { offeredCall } from '../../metrics/kpis';
import { CALLS, type Filters } from '../../model';
import { ident, sql, type Fragment } from '../../sql';

/**
 * The offered calls under the filters counted per clock hour and reason: `started_at` (the hour's start), `reason`,
 * `reason_code`, `n` calls and `answered_n` answered. The volume, trend, emerging, heatmap and spike queries all
 * read this shape, so a filter state scans the calls once for all of them (ANALYSES.md §3).
 */
export function reasonHoursSql(filters: Filters, d: KpiDefinitions): Fragment {
  return sql`select cast(day as timestamp) + to_hours(h) as started_at, reason, reason_code, n, answered_n
    from (select cast(started_at as date) as day, hour(started_at) as h, reason, reason_code, count(*) as n,
        count(*) filter (where answered) as answered_n
      from ${CALLS} where ${callsWhere(filters)} and ${offeredCall(d)} group by all)`;
}

/**
 * The `with` clause naming the hourly counts `rh`: read from a table made by `reasonHoursSql` when one is given,
 * else computed in place (same rows either way).
 */
export function withReasonHours(filters: Filters, d: KpiDefinitions, table?: string): Fragment {
  return table ? sql`with rh as (select * from ${ident(table)})` : sql`with rh as (${reasonHoursSql(filters, d)})`;
}
