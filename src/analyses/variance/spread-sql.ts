import { callsWhere, type KpiDefinitions } from '../../metrics';
import { CALLS, type Filters } from '../../model';
import { join, raw, sql, type Fragment } from '../../sql';
import { dimensionSql } from '../common/change/dimensions';
import type { DecomposableKpi } from '../common/change/kpi-weight';
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
    ? sql`day(started_at) in (${join(
        daysOfMonth.map((n) => sql`${n}`),
        ', ',
      )})`
    : sql`false`;
  const b = bucketOf(bucket, 'started_at');
  // Grouped by the bucket's own value; formatting it as text per call would cost more than the grouping.
  return sql`select ${bucketText(bucket, raw('bucket'))} as bucket, segment, in_days, value, weight, calls from (
      select ${b} as bucket, ${dimensionSql(dim)} as segment, ${inDays} as in_days, ${kpiItems(kpi, d)}
      from ${CALLS} where ${callsWhere(filters)} group by all)`;
}

/** The KPI per bucket, hour, day of month and weekday: enough to leave out an hour, a weekday or days of the month. */
export function timeCellsSql(filters: Filters, d: KpiDefinitions, kpi: DecomposableKpi, bucket: Bucket): Fragment {
  const b = bucketOf(bucket, 'started_at');
  return sql`select ${bucketText(bucket, raw('bucket'))} as bucket, hour, dom, weekday, value, weight, calls from (
      select ${b} as bucket, hour(started_at) as hour, day(started_at) as dom, isodow(started_at) as weekday,
        ${kpiItems(kpi, d)}
      from ${CALLS} where ${callsWhere(filters)} group by all)`;
}
