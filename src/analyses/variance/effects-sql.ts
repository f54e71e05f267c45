import { callsWhere, kpiSql, type KpiDefinitions } from '../../metrics';
import { CALLS, type Filters } from '../../model';
import { join, raw, sql, type Fragment } from '../../sql';
import { dimensionSql, type ChangeDimension } from '../common/change/dimensions';

/**
 * Offered calls per day and per hour for every segment of each dimension (with no dimension, the totals per day and
 * per hour): one GROUPING SETS pass that the calendar scan reads. `gid` is `grouping(day, hour, d0, …)`.
 */
export function calendarCountsSql(filters: Filters, d: KpiDefinitions, dims: readonly ChangeDimension[]): Fragment {
  const names = dims.map((_, i) => raw(`d${i}`));
  const columns = dims.map((dim, i) => sql`, ${dimensionSql(dim)} as ${names[i]!}`);
  // The totals per day and per hour are the first dimension's segments added up (its NULL group included), so
  // they need no sets of their own: each set is a pass of hashing over every call.
  const totals = names.length ? [] : [raw('(day)'), raw('(hour)')];
  const sets = [...totals, ...names.map((n) => sql`(day, ${n})`), ...names.map((n) => sql`(hour, ${n})`)];
  const all = join([raw('day'), raw('hour'), ...names], ', ');
  return sql`with t as (select *, cast(started_at as date) as day, hour(started_at) as hour ${join(columns, ' ')}
      from ${CALLS} where ${callsWhere(filters)})
    select grouping(${all}) as gid, strftime(day, '%Y-%m-%d') as day, hour ${names.length ? sql`, ${join(names, ', ')}` : raw('')},
      cast(${kpiSql('offered', d)} as double) as n
    from t group by grouping sets (${join(sets, ', ')})`;
}
