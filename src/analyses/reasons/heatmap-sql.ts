import type { KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { raw, sql, type Fragment } from '../../sql';
import { withReasonCalls } from './base-sql';

export type HeatBucket = 'hour' | 'weekday' | 'day';

/** Each bucket's expression over `started_at` (constant SQL text). */
export const HEAT_BUCKET_SQL: Record<HeatBucket, string> = {
  hour: 'hour(started_at)',
  weekday: 'isodow(started_at)',
  day: 'day(started_at)',
};

/** Calls and answered calls per reason and bucket: hour of day 0–23, ISO weekday 1 (Mon)–7, or day of month 1–31. */
export function heatmapSql(filters: Filters, d: KpiDefinitions, bucket: HeatBucket): Fragment {
  return sql`${withReasonCalls(filters, d)}
    select reason, min(code) as code, cast(${raw(HEAT_BUCKET_SQL[bucket])} as integer) as bucket,
      cast(count(*) as double) as n, cast(count(*) filter (where answered) as double) as answered
    from rc group by reason, bucket order by reason, bucket`;
}
