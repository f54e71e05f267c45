import { callsWhere, type KpiDefinitions } from '../../metrics';
import { CALLS, type Filters } from '../../model';
import { raw, sql, type Fragment } from '../../sql';
import { kpiSql } from '../../metrics';
import { kpiWeightSql, type DecomposableKpi } from '../common/change/kpi-weight';
import type { Bucket } from './settings';

/**
 * CTEs `r` (first and last day: the filter's dates, else the data's) and `cal` (every day between them, one row
 * each, with or without calls): days with no calls are real zeros for a count.
 */
export function calendarCte(filters: Filters): Fragment {
  return sql`r as (select coalesce(cast(${filters.dateFrom} as date), cast(min(started_at) as date)) as lo,
        coalesce(cast(${filters.dateTo} as date), cast(max(started_at) as date)) as hi
      from ${CALLS} where ${callsWhere(filters)}),
    cal as (select cast(unnest(generate_series(lo, hi, interval 1 day)) as date) as d from r)`;
}

/** A bucket of a date or timestamp expression (alias-free SQL text from a fixed list). */
export function bucketOf(bucket: Bucket, x: 'd' | 'started_at'): Fragment {
  switch (bucket) {
    case 'day':
      return raw(`cast(${x} as date)`);
    case 'week':
      return raw(`cast(date_trunc('week', ${x}) as date)`);
    case 'hour':
      return raw(`hour(${x})`);
    case 'weekday':
      return raw(`isodow(${x})`);
    case 'day_of_month':
      return raw(`day(${x})`);
  }
}

/** The bucket as text: dates `YYYY-MM-DD`, cycles their number (hour 0–23, ISO weekday 1–7, day 1–31). */
export function bucketText(bucket: Bucket, column: Fragment): Fragment {
  return bucket === 'day' || bucket === 'week' ? sql`strftime(${column}, '%Y-%m-%d')` : sql`cast(${column} as varchar)`;
}

/** The KPI and its weight as select items `value`, `weight`, plus `calls`. */
export function kpiItems(kpi: DecomposableKpi, d: KpiDefinitions): Fragment {
  return sql`cast(${kpiSql(kpi, d)} as double) as value, cast(${kpiWeightSql(kpi, d)} as double) as weight,
    count(*) as calls`;
}
