import { callsWhere, type KpiDefinitions } from '../../metrics';
import { CALLS, type Filters } from '../../model';
import { sql, type Fragment } from '../../sql';
import { dimensionSql } from '../common/change/dimensions';
import type { DecomposableKpi } from '../common/change/kpi-weight';
import { calendarCte, kpiItems } from './calendar-sql';
import type { SpreadDimension } from './settings';

/** The KPI per day of the month and segment, with the days each day of the month spans (a count reads per day). */
export function domHeatmapSql(
  filters: Filters,
  d: KpiDefinitions,
  kpi: DecomposableKpi,
  dim: SpreadDimension,
): Fragment {
  return sql`with ${calendarCte(filters)},
    b as (select day(d) as x, count(*) as days from cal group by 1),
    a as (select day(started_at) as x, ${dimensionSql(dim)} as y, ${kpiItems(kpi, d)}
      from ${CALLS} where ${callsWhere(filters)} group by all)
    select a.x, a.y, b.days, a.value, a.weight, a.calls from a join b on a.x = b.x where a.y is not null
    order by a.y, a.x`;
}

/** The KPI per hour of the day and ISO weekday, with the days each weekday spans. */
export function hourWeekdayHeatmapSql(filters: Filters, d: KpiDefinitions, kpi: DecomposableKpi): Fragment {
  return sql`with ${calendarCte(filters)},
    b as (select isodow(d) as y, count(*) as days from cal group by 1),
    a as (select hour(started_at) as x, isodow(started_at) as y, ${kpiItems(kpi, d)}
      from ${CALLS} where ${callsWhere(filters)} group by all)
    select a.x, cast(a.y as varchar) as y, b.days, a.value, a.weight, a.calls from a join b on a.y = b.y
    order by a.y, a.x`;
}
