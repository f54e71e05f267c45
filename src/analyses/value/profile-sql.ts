import { CALLS } from '../../model';
import { callsWhere } from '../../metrics';
import { sql, type Fragment } from '../../sql';
import { kindsCte } from './kinds-sql';
import { rankOfSql } from './table-sql';
import type { ValueSpec } from './value-spec';

/**
 * One customer's value figures, their rank among the customers on screen (1 = best, on the ratio and on net
 * value), tier and seed 000's kinds. No row when the customer is not among them.
 */
export function profileSql(spec: ValueSpec, customerId: string, improverReasons: readonly string[]): Fragment {
  return sql`with ${kindsCte(spec, improverReasons)},
    p as (select * from kk where customer_id = ${customerId})
    select customer_id, name, segment, joined_at, revenue, cost, net, ratio, no_cost, contacts, handle_min,
      tenure_days, tier, ${rankOfSql('ratio')} as ratio_rank, ${rankOfSql('net')} as net_rank,
      (select count(*) from v) as customers, (select count(ratio) from v) as ranked_on_ratio, sustained, is_new,
      comeback, potential, improver, improver_n, first_at, last_at
    from p`;
}

/** The customer's contacts per month under the filters: offered, answered, resolved, handle minutes. */
export function profileTimelineSql(spec: ValueSpec, customerId: string): Fragment {
  return sql`select strftime(date_trunc('month', started_at), '%Y-%m') as month, count(*) as contacts,
      count(*) filter (where answered) as answered, count(*) filter (where resolved) as resolved,
      coalesce(sum(handle_s), 0) / 60.0 as handle_min
    from ${CALLS} where customer_id = ${customerId} and ${callsWhere(spec.filters)}
    group by all order by month`;
}

/** The customer's reason mix under the filters, most frequent first. */
export function profileReasonsSql(spec: ValueSpec, customerId: string, limit = 12): Fragment {
  return sql`select coalesce(reason, '') as reason, coalesce(reason_category, '') as category, count(*) as contacts
    from ${CALLS} where customer_id = ${customerId} and ${callsWhere(spec.filters)}
    group by all order by contacts desc, reason limit ${limit}`;
}
