import type { KpiDefinitions } from '../../metrics';
import { CUSTOMERS, type Filters } from '../../model';
import { sql, type Fragment } from '../../sql';
import { withCodes, withReasonCalls } from './base-sql';
import { costOf } from './matrix-sql';

/**
 * The credit tiers of the sample data's README (seed 001): A never in arrears (arrears 0, no late payment), B paid
 * late but repaid (arrears 0), C outstanding arrears up to 180 days overdue, D more than 180 days. Only when the
 * customers carry arrears.
 */
export const TIER_THRESHOLD_DAYS = 180;

/**
 * Calls and cost per reason and customer segment, and per reason and credit tier (`lens` 'segment' | 'tier'); a
 * customer with several rows (per period) takes their largest arrears, overdue days and late payments.
 */
export function segmentsSql(filters: Filters, d: KpiDefinitions): Fragment {
  return sql`${withReasonCalls(filters, d)},
    cu as (select customer_id, max(arrears) as arrears, max(overdue_days) as overdue_days,
      max(late_payments) as late_payments from ${CUSTOMERS} group by customer_id),
    t as (select rc.segment, rc.reason, rc.reason_code, rc.answered, rc.handle_s, case when cu.arrears is null then null
        when cu.arrears = 0 and coalesce(cu.late_payments, 0) = 0 then 'A'
        when cu.arrears = 0 then 'B'
        when coalesce(cu.overdue_days, 0) <= ${TIER_THRESHOLD_DAYS} then 'C' else 'D' end as tier
      from rc left join cu on cu.customer_id = rc.customer_id),
    p as ${withCodes(sql`select segment, tier, reason, reason_code, count(*) as n,
      sum(handle_s) filter (where answered) as hs from t group by all`)}
    select case when grouping(segment) = 0 then 'segment' else 'tier' end as lens,
      case when grouping(segment) = 0 then segment else tier end as "group",
      reason, min(code) as code, cast(sum(n) as double) as n, cast(${costOf(sql`sum(hs)`, sql`sum(n)`, d)} as double) as cost
    from p group by grouping sets ((segment, reason), (tier, reason))
    order by lens, "group", n desc`;
}
