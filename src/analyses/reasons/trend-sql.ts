import type { KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { raw, sql, type Fragment } from '../../sql';
import { withCodes } from './base-sql';
import { withReasonHours } from './hours-sql';

export type TrendGrain = 'day' | 'week' | 'month';

/**
 * Calls per reason and bucket (day, ISO week from Monday, or month), bucket as `YYYY-MM-DD` of its first day.
 * `hours`: a table of `reasonHoursSql`.
 */
export function trendSql(filters: Filters, d: KpiDefinitions, grain: TrendGrain, hours?: string): Fragment {
  // Counted per calendar day first: truncating and formatting every hour's time cost more than the counting.
  const perDay = sql`select cast(started_at as date) as day, reason, reason_code, sum(n) as n
    from rh group by all`;
  return sql`${withReasonHours(filters, d, hours)}
    select strftime(date_trunc(${raw(`'${grain}'`)}, day), '%Y-%m-%d') as bucket, reason, min(code) as code,
      cast(sum(n) as double) as n
    from ${withCodes(perDay)} group by all order by bucket, n desc`;
}

/** A grain that gives a readable number of buckets for a span of `days`. */
export function trendGrain(days: number): TrendGrain {
  if (days > 120) return 'month';
  if (days > 31) return 'week';
  return 'day';
}
