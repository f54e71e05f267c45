import { addDays, dayRangeSql, type DayRange } from '../../metrics/predicates';
import type { KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { sql, type Fragment } from '../../sql';
import { withCodes } from './base-sql';
import { withReasonHours } from './hours-sql';

/** The spike to explain: days and an hour band, against the rest of the calls or the same days' length before. */
export interface SpikeTarget {
  readonly days: DayRange;
  /** Inclusive hours of day, 0–23. */
  readonly hourFrom: number;
  readonly hourTo: number;
  readonly baseline: 'rest' | 'before';
}

function inHours(t: SpikeTarget): Fragment {
  return sql`hour(started_at) between ${t.hourFrom} and ${t.hourTo}`;
}

/** The baseline days for `before`: the same number of days just before the target. */
export function beforeDays(days: DayRange): DayRange {
  const length = Math.round((Date.parse(days.to) - Date.parse(days.from)) / 86_400_000) + 1;
  return { from: addDays(days.from, -length), to: addDays(days.from, -1) };
}

/**
 * Per reason: calls and answered calls in the target (`n1`, `a1`) and the baseline (`n0`, `a0`), plus each side's
 * exposure in hours that had calls (`e1`, `e0`), so volumes compare per active hour. `hours`: a table of
 * `reasonHoursSql`.
 */
export function spikeSql(filters: Filters, d: KpiDefinitions, t: SpikeTarget, hours?: string): Fragment {
  const target = sql`(${dayRangeSql(t.days)} and ${inHours(t)})`;
  const baseline =
    t.baseline === 'rest' ? sql`not ${target}` : sql`(${dayRangeSql(beforeDays(t.days))} and ${inHours(t)})`;
  // Read per reason and clock hour, so the windows and the exposure are judged per hour, not per call.
  const perHour = sql`select reason, reason_code, started_at, n, answered_n as answered from rh`;
  return sql`${withReasonHours(filters, d, hours)},
    t as (select reason, code, n, answered, started_at, ${target} as is_target, ${baseline} as is_base
      from ${withCodes(perHour)}),
    e as (select cast(count(distinct started_at) filter (where is_target) as double) as e1,
      cast(count(distinct started_at) filter (where is_base) as double) as e0 from t)
    select reason, min(code) as code,
      cast(coalesce(sum(n) filter (where is_target), 0) as double) as n1,
      cast(coalesce(sum(answered) filter (where is_target), 0) as double) as a1,
      cast(coalesce(sum(n) filter (where is_base), 0) as double) as n0,
      cast(coalesce(sum(answered) filter (where is_base), 0) as double) as a0,
      any_value(e.e1) as e1, any_value(e.e0) as e0
    from t, e where is_target or is_base group by reason order by n1 desc`;
}
