import type { KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { raw, sql, type Fragment } from '../../sql';
import { withCodes } from './base-sql';
import { withReasonHours } from './hours-sql';

export type HeatBucket = 'hour' | 'weekday' | 'day';

/** Each bucket's expression over `started_at` (constant SQL text). */
export const HEAT_BUCKET_SQL: Record<HeatBucket, string> = {
  hour: 'hour(started_at)',
  weekday: 'isodow(started_at)',
  day: 'day(started_at)',
};

/**
 * Calls and answered calls per reason and bucket: hour of day 0–23, ISO weekday 1 (Mon)–7, or day of month 1–31.
 * `hours`: a table of `reasonHoursSql`.
 */
export function heatmapSql(filters: Filters, d: KpiDefinitions, bucket: HeatBucket, hours?: string): Fragment {
  const perCode = sql`select reason, reason_code, cast(${raw(HEAT_BUCKET_SQL[bucket])} as integer) as bucket,
      sum(n) as n, sum(answered_n) as answered
    from rh group by all`;
  return sql`${withReasonHours(filters, d, hours)}
    select reason, min(code) as code, bucket, cast(sum(n) as double) as n, cast(sum(answered) as double) as answered
    from ${withCodes(perCode)} group by reason, bucket order by reason, bucket`;
}
