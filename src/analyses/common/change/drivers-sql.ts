import { kpiSql, type KpiDefinitions } from '../../../metrics';
import { CALLS } from '../../../model';
import { join, raw, sql, type Fragment } from '../../../sql';
import { dimensionSql, type ChangeDimension } from './dimensions';
import type { ChangePeriods } from './kitagawa-sql';
import { isAdditive, kpiWeightSql, type DecomposableKpi } from './kpi-weight';

/** What "why did it move?" compares: a KPI in a test and a control set of calls, over some dimensions. */
export interface DriversQuery {
  readonly kpi: DecomposableKpi;
  readonly definitions: KpiDefinitions;
  readonly periods: ChangePeriods;
  readonly dimensions: readonly ChangeDimension[];
  /** Combinations with fewer calls in both periods together are dropped in SQL. */
  readonly minCalls: number;
}

/**
 * An agent is known only for answered calls, so it would "explain" any KPI over offered calls by construction; it
 * is a dimension only for KPIs over answered calls.
 */
export function driverDimensions(kpi: DecomposableKpi, dims: readonly ChangeDimension[]): ChangeDimension[] {
  const overAnswered = !isAdditive(kpi) && ['asa_s', 'aht_s', 'resolution_rate', 'cost_per_contact'].includes(kpi);
  return dims.filter((d) => d !== 'agent' || overAnswered);
}

/** Every single dimension and every pair, as grouping-set indices. */
export function driverSets(count: number): number[][] {
  const sets: number[][] = [];
  for (let i = 0; i < count; i++) sets.push([i]);
  for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) sets.push([i, j]);
  return sets;
}

/**
 * One GROUPING SETS pass (DIFF, Abuzaid et al. 2018): the KPI, its weight and the calls of every one- and
 * two-attribute combination in each period, plus each period's total (`gid` with every bit set). Columns `d0`…
 * hold the combination's values (NULL where the attribute is not in it); `gid` is `grouping(d0, …)`. The calls are
 * first reduced to one row per combination of every attribute (the KPI as numerator and weight, which add up), so
 * the grouping sets run over those cells rather than over every call.
 */
export function driversSql(q: DriversQuery): Fragment {
  const n = q.dimensions.length;
  const names = q.dimensions.map((_, i) => raw(`d${i}`));
  const columns = q.dimensions.map((dim, i) => sql`, ${dimensionSql(dim)} as ${names[i]!}`);
  const sets = [
    raw('(is_test)'),
    ...driverSets(n).map(
      (set) =>
        sql`(is_test, ${join(
          set.map((i) => names[i]!),
          ', ',
        )})`,
    ),
  ];
  const gid = n > 0 ? sql`grouping(${join(names, ', ')})` : raw('0');
  const keys = n > 0 ? sql`, ${join(names, ', ')}` : raw('');
  const value = isAdditive(q.kpi)
    ? raw('sum(value)')
    : raw('sum(value * weight) / nullif(sum(weight) filter (where value is not null), 0)');
  // Both steps are materialised: a window over the grouping sets' own output made DuckDB compute the cells and the
  // grouping sets twice (EXPLAIN ANALYZE, 1M calls); the minimum-calls window now runs over the few combinations.
  return sql`with cells as materialized (
      select coalesce(${q.periods.test}, false) as is_test ${join(columns, ' ')},
        cast(${kpiSql(q.kpi, q.definitions)} as double) as value,
        cast(${kpiWeightSql(q.kpi, q.definitions)} as double) as weight, count(*) as calls
      from ${CALLS} where ${q.periods.where} and (${q.periods.test} or ${q.periods.control})
      group by all),
    combos as materialized (
      select ${gid} as gid, is_test${keys}, cast(${value} as double) as value, sum(weight) as weight,
        sum(calls) as calls
      from cells group by grouping sets (${join(sets, ', ')}))
    select * from combos
    qualify sum(calls) over (partition by gid${keys}) >= ${q.minCalls} or gid = ${2 ** n - 1}`;
}
