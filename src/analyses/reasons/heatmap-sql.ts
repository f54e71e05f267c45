import type { KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { raw, sql, type Fragment } from '../../sql';
import { withCodes, withReasonCalls } from './base-sql';

export type HeatBucket = 'hour' | 'weekday' | 'day';

/** Each bucket's expression over `started_at` (constant SQL text). */
export const HEAT_BUCKET_SQL: Record<HeatBucket, string> = {
  hour: 'hour(started_at)',
  weekday: 'isodow(started_at)',
  day: 'day(started_at)',
};

/** Calls and answered calls per reason and bucket: hour of day 0–23, ISO weekday 1 (Mon)–7, or day of month 1–31. */
export function heatmapSql(filters: Filters, d: KpiDefinitions, bucket: HeatBucket): Fragment {
  const perCode = sql`select reason, reason_code, cast(${raw(HEAT_BUCKET_SQL[bucket])} as integer) as bucket,
      count(*) as n, count(*) filter (where answered) as answered
    from rc group by all`;
  return sql`${withReasonCalls(filters, d)}
    select reason, min(code) as code, bucket, cast(sum(n) as double) as n, cast(sum(answered) as double) as answered
    from ${withCodes(perCode)} group by reason, bucket order by reason, bucket`;
}
