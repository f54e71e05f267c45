import { callsWhere, type KpiDefinitions } from '../../metrics';
import { CALLS, type Filters } from '../../model';
import { sql, type Fragment } from '../../sql';
import type { DecomposableKpi } from '../common/change/kpi-weight';
import { bucketOf, bucketText, calendarCte, kpiItems } from './calendar-sql';
import type { Bucket } from './settings';

/**
 * The KPI per bucket, with the days each bucket spans (a count is read per day) and its weight. Day and week
 * buckets include the days without calls; hours are those with calls (a closed hour is not a zero).
 */
export function dispersionSql(filters: Filters, d: KpiDefinitions, kpi: DecomposableKpi, bucket: Bucket): Fragment {
  const days =
    bucket === 'hour'
      ? sql`b as (select unnest(range(24)) as bucket, (select count(*) from cal) as days)`
      : sql`b as (select ${bucketOf(bucket, 'd')} as bucket, count(*) as days from cal group by 1)`;
  const join = bucket === 'hour' ? sql`join` : sql`left join`;
  return sql`with ${calendarCte(filters)}, ${days},
    a as (select ${bucketOf(bucket, 'started_at')} as bucket, ${kpiItems(kpi, d)}
      from ${CALLS} where ${callsWhere(filters)} group by 1)
    select ${bucketText(bucket, sql`b.bucket`)} as bucket, b.days, a.value, coalesce(a.weight, 0) as weight,
      coalesce(a.calls, 0) as calls
    from b ${join} a on a.bucket = b.bucket order by b.bucket`;
}

/** The first and last day with calls under the filters. */
export function dataRangeSql(filters: Filters): Fragment {
  return sql`select strftime(min(started_at), '%Y-%m-%d') as first, strftime(max(started_at), '%Y-%m-%d') as last
    from ${CALLS} where ${callsWhere(filters)}`;
}
