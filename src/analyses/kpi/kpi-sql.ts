import { CALLS } from '../../model';
import type { Filters } from '../../model';
import { callsWhere, kpiColumns, withoutDates, type DayRange, type KpiDefinitions, type KpiId } from '../../metrics';
import { raw, sql, type Fragment } from '../../sql';

/** The first and last day with calls under the list filters (dates aside): open ends of the period come from it. */
export function dataRangeSql(filters: Filters): Fragment {
  return sql`select strftime(min(started_at), '%Y-%m-%d') as first, strftime(max(started_at), '%Y-%m-%d') as last
    from ${CALLS} where ${callsWhere(withoutDates(filters))}`;
}

/** The KPIs the overview shows, plus the any-reason repeat rate its definition quotes. */
export const OVERVIEW_KPIS: readonly KpiId[] = [
  'offered',
  'answer_rate',
  'abandon_rate',
  'service_level',
  'asa_s',
  'aht_s',
  'resolution_rate',
  'repeat_rate',
  'repeat_rate_any',
  'cost_per_contact',
];

/**
 * One row per period (`current`, and `previous` when it has days with data) with every overview KPI: the metrics
 * grouped by period. A period with no calls has no row.
 */
export function periodsSql(
  filters: Filters,
  d: KpiDefinitions,
  current: DayRange,
  previous: DayRange | null,
): Fragment {
  const both = { ...filters, dateFrom: previous?.from ?? current.from, dateTo: current.to };
  return sql`select case when started_at >= cast(${current.from} as timestamp) then 'current' else 'previous' end as period,
      ${kpiColumns(OVERVIEW_KPIS, d).reduce((a, b) => sql`${a}, ${b}`)}
    from ${CALLS} where ${callsWhere(both)}
    group by period order by period`;
}

/** How the chart buckets the current period. */
export type Grain = 'day' | 'hour';

/** Offered calls and answer rate per day (or hour) of the current period, for the chart. */
export function seriesSql(filters: Filters, d: KpiDefinitions, current: DayRange, grain: Grain): Fragment {
  const bucket = grain === 'hour' ? raw(`date_trunc('hour', started_at)`) : raw('cast(started_at as date)');
  const where = callsWhere({ ...filters, dateFrom: current.from, dateTo: current.to });
  return sql`select strftime(${bucket}, ${grain === 'hour' ? '%Y-%m-%d %H:00' : '%Y-%m-%d'}) as bucket,
      ${kpiColumns(['offered', 'answer_rate'], d).reduce((a, b) => sql`${a}, ${b}`)}
    from ${CALLS} where ${where}
    group by ${bucket} order by ${bucket}`;
}
