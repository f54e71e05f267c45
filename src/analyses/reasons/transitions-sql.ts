import { callsWhere, type KpiDefinitions } from '../../metrics';
import { offeredCall } from '../../metrics/kpis';
import { CALLS, type Filters } from '../../model';
import { sql, type Fragment } from '../../sql';

/**
 * "Reason A is followed by reason B within N days": for each call of an identified customer kept by the filters and
 * offered, the same customer's next contact (over all their calls, as the canonical build stores it in
 * `next_any_s` and `next_reason`) and its reason. Right-censored like the repeat rate: only calls at least N days
 * before the last call count. Rows: (from_reason, to_reason, n) with to_reason NULL for calls not followed within
 * the window, so each from_reason's rows add up to its calls.
 */
export function transitionsSql(filters: Filters, d: KpiDefinitions, days: number): Fragment {
  const window = days * 86_400;
  return sql`select reason as from_reason, case when next_any_s <= ${window} then next_reason end as to_reason,
      cast(count(*) as double) as n
    from ${CALLS}
    where customer_id is not null and ${callsWhere(filters)} and ${offeredCall(d)}
      and started_at <= (select max(started_at) from ${CALLS}) - to_days(cast(${days} as integer))
    group by all order by n desc`;
}
