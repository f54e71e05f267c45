import type { KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { raw, sql, type Fragment } from '../../sql';
import { withReasonCalls } from './base-sql';

export type TrendGrain = 'day' | 'week' | 'month';

/** Calls per reason and bucket (day, ISO week from Monday, or month), bucket as `YYYY-MM-DD` of its first day. */
export function trendSql(filters: Filters, d: KpiDefinitions, grain: TrendGrain): Fragment {
  return sql`${withReasonCalls(filters, d)}
    select strftime(date_trunc(${raw(`'${grain}'`)}, started_at), '%Y-%m-%d') as bucket, reason, min(code) as code,
      cast(count(*) as double) as n
    from rc group by all order by bucket, n desc`;
}

/** A grain that gives a readable number of buckets for a span of `days`. */
export function trendGrain(days: number): TrendGrain {
  if (days > 120) return 'month';
  if (days > 31) return 'week';
  return 'day';
}
