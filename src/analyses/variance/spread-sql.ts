import { callsWhere, type KpiDefinitions } from '../../metrics';
import { CALLS, type Filters } from '../../model';
import { join, raw, sql, type Fragment } from '../../sql';
import { dimensionSql } from '../common/change/dimensions';
import { isAdditive, type DecomposableKpi } from '../common/change/kpi-weight';
import { bucketOf, bucketText, kpiItems } from './calendar-sql';
import type { Bucket, SpreadDimension } from './settings';

/**
 * The KPI per bucket and segment of a dimension, split by whether the call falls on the given days of the month
 * (those a calendar effect found): enough to split the variance and to leave out segments, alone or on those days.
 */
export function segmentCellsSql(
  filters: Filters,
  d: KpiDefinitions,
  kpi: DecomposableKpi,
  bucket: Bucket,
  dim: SpreadDimension,
  daysOfMonth: readonly number[],
): Fragment {
  const inDays = daysOfMonth.length
    ? sql`day(d) in (${join(
        daysOfMonth.map((n) => sql`${n}`),
        ', ',
      )})`
    : sql`false`;
  // The calls are grouped once by day (and hour) and segment; the bucket and the days-of-month flag are functions of
  // the day, so they are read off those few cells (grouping every call by three keys cost twice as much).
  const hourly = bucket === 'hour';
  const b = hourly ? raw('h') : bucketOf(bucket, 'd');
  const value = isAdditive(kpi)
    ? raw('sum(value)')
    : raw('sum(value * weight) / nullif(sum(weight) filter (where value is not null), 0)');
  return sql`select ${bucketText(bucket, raw('bucket'))} as bucket, segment, in_days, value, weight, calls from (
      select ${b} as bucket, segment, ${inDays} as in_days, cast(${value} as double) as value,
        cast(sum(weight) as double) as weight, cast(sum(calls) as bigint) as calls
      from (select cast(started_at as date) as d, ${hourly ? raw('hour(started_at)') : raw('0')} as h,
          ${dimensionSql(dim)} as segment, ${kpiItems(kpi, d)}
        from ${CALLS} where ${callsWhere(filters)} group by all)
      group by all)`;
}

/** The KPI per bucket, hour, day of month and weekday: enough to leave out an hour, a weekday or days of the month. */
export function timeCellsSql(filters: Filters, d: KpiDefinitions, kpi: DecomposableKpi, bucket: Bucket): Fragment {
  const b = bucketOf(bucket, 'started_at');
  return sql`select ${bucketText(bucket, raw('bucket'))} as bucket, hour, dom, weekday, value, weight, calls from (
      select ${b} as bucket, hour(started_at) as hour, day(started_at) as dom, isodow(started_at) as weekday,
        ${kpiItems(kpi, d)}
      from ${CALLS} where ${callsWhere(filters)} group by all)`;
}
