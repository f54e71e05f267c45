import { CALLS } from '../../model';
import { callsWhere } from '../../metrics';
import { sql, type Fragment } from '../../sql';
import { valueCte } from '../common/customer-value/customer-value-sql';
import type { ValueSpec } from './value-spec';

/**
 * Customers ranked from most to least profitable, with cumulative net value. Ties are in no set order (a second
 * sort key, the id, cost a third of the query): the curve is the same, and the peak is read from the counts.
 */
function rankedCte(spec: ValueSpec): Fragment {
  return sql`${valueCte(spec)},
    w as (select customer_id, net, row_number() over (order by net desc) as rk,
      sum(net) over (order by net desc rows unbounded preceding) as cum
      from v where net is not null)`;
}

/**
 * The whole curve in one query: about `points` of its points (customer share, cumulative net value ÷ total,
 * cumulative net value) with the first, the last and the peak, each row carrying the summary: the peak (the most
 * cumulative net value: the sum of the positive values, after as many customers; the first customer's when none
 * is positive), the total, and the loss-makers (net < 0): how many and what they lose together.
 */
export function whaleSql(spec: ValueSpec, points = 300): Fragment {
  return sql`with ${rankedCte(spec)},
    sm as (select count(*) as n, sum(net) as total,
      case when count(*) filter (where net > 0) > 0 then sum(net) filter (where net > 0) else max(net) end as peak,
      greatest(count(*) filter (where net > 0), 1) as peak_rank,
      count(*) filter (where net < 0) as loss_count, coalesce(sum(net) filter (where net < 0), 0) as loss_sum
      from v where net is not null)
    select rk / sm.n as customers, cum / nullif(sm.total, 0) as share, cum, sm.* from w, sm
    where rk % greatest(1, sm.n // ${Math.max(1, Math.floor(points))}) = 0 or rk = sm.n or rk = 1 or rk = sm.peak_rank
    order by rk`;
}

/** The loss-making customers (the tail of the whale curve) as a condition on `customer_id`, for drill-through. */
export function lossMakersSql(spec: ValueSpec): Fragment {
  return sql`customer_id in (with ${valueCte(spec)} select customer_id from v where net < 0)`;
}

/** What the loss-making customers call about (filtered calls): contacts and handle minutes per reason. */
export function lossMakerReasonsSql(spec: ValueSpec, limit = 10): Fragment {
  return sql`select coalesce(reason, '') as reason, count(*) as contacts, coalesce(sum(handle_s), 0) / 60.0 as handle_min
    from ${CALLS} where ${callsWhere(spec.filters)} and ${lossMakersSql(spec)}
    group by all order by contacts desc, reason limit ${limit}`;
}
