import { callsWhere, type KpiDefinitions } from '../../metrics';
import { CALLS, type Filters } from '../../model';
import { raw, sql, type Fragment } from '../../sql';
import type { DecomposableKpi } from '../common/change/kpi-weight';
import { calendarCte, kpiItems } from './calendar-sql';

export type BandGrain = 'day' | 'hour';

/** The window's reach as SQL text: DuckDB binds no parameters in a window frame, so a checked whole number. */
function frameDays(weeks: number): Fragment {
  if (!Number.isSafeInteger(weeks) || weeks < 1 || weeks > 520) throw new Error(`weeks must be 1–520, not ${weeks}`);
  return raw(`interval ${weeks * 7} day`);
}

/**
 * Each day (or hour) with the median and MAD of the same weekday (and hour) over the previous `weeks` weeks
 * (ANALYSES.md §1.3 d): one window. Days without calls are in the series (a count of 0, a ratio of none).
 */
export function bandSql(
  filters: Filters,
  d: KpiDefinitions,
  kpi: DecomposableKpi,
  grain: BandGrain,
  weeks: number,
): Fragment {
  const t = grain === 'hour' ? raw(`date_trunc('hour', started_at)`) : raw('cast(started_at as date)');
  const series =
    grain === 'hour'
      ? sql`s as (select ${t} as t, ${kpiItems(kpi, d)} from ${CALLS} where ${callsWhere(filters)} group by 1)`
      : sql`${calendarCte(filters)},
        a as (select ${t} as t, ${kpiItems(kpi, d)} from ${CALLS} where ${callsWhere(filters)} group by 1),
        s as (select cal.d as t, a.value, coalesce(a.weight, 0) as weight, coalesce(a.calls, 0) as calls
          from cal left join a on a.t = cal.d)`;
  const partition = grain === 'hour' ? raw('isodow(t), hour(t)') : raw('isodow(t)');
  // A count of 0 on a day without calls; a ratio has no value there.
  const value =
    kpi === 'offered' || kpi === 'answered' || kpi === 'abandoned' ? raw('coalesce(value, 0)') : raw('value');
  return sql`with ${series},
    v as (select cast(t as timestamp) as t, ${value} as value, weight, calls from s)
    select strftime(t, ${grain === 'hour' ? '%Y-%m-%d %H:00' : '%Y-%m-%d'}) as bucket, value, weight, calls,
      median(value) over w as base, mad(value) over w as spread, median(weight) over w as base_weight,
      count(value) over w as k
    from v
    window w as (partition by ${partition} order by t
      range between ${frameDays(weeks)} preceding and interval 1 hour preceding)
    order by t`;
}
