import { CALLS, filterSql } from '../../model';
import { sql, type Fragment } from '../../sql';
import { valueCte } from '../common/customer-value/customer-value-sql';
import type { ValueSpec } from './value-spec';

/** Customers ranked from most to least profitable, with cumulative net value (ties broken by id). */
function rankedCte(spec: ValueSpec): Fragment {
  return sql`${valueCte(spec)},
    w as (select customer_id, net, row_number() over (order by net desc, customer_id) as rk, count(*) over () as n,
      sum(net) over (order by net desc, customer_id rows unbounded preceding) as cum, sum(net) over () as total
      from v where net is not null)`;
}

/**
 * The whale curve in one query: about `points` of its points (customer share, cumulative net value ÷ total,
 * cumulative net value) with the first, the last and the peak, each row carrying the summary: the peak (the most
 * cumulative net value, after how many customers), the total, and the loss-makers (net < 0): how many and what
 * they lose together.
 */
export function whaleSql(spec: ValueSpec, points = 300): Fragment {
  return sql`with ${rankedCte(spec)},
    sm as (select any_value(n) as n, any_value(total) as total, max(cum) as peak, arg_max(rk, cum) as peak_rank,
      count(*) filter (where net < 0) as loss_count, coalesce(sum(net) filter (where net < 0), 0) as loss_sum from w)
    select rk / w.n as customers, cum / nullif(w.total, 0) as share, cum, sm.* from w, sm
    where rk % greatest(1, w.n // ${Math.max(1, Math.floor(points))}) = 0 or rk = w.n or rk = 1 or rk = sm.peak_rank
    order by rk`;
}

/** The loss-making customers (the tail of the whale curve) as a condition on `customer_id`, for drill-through. */
export function lossMakersSql(spec: ValueSpec): Fragment {
  return sql`customer_id in (with ${valueCte(spec)} select customer_id from v where net < 0)`;
}

/** What the loss-making customers call about (filtered calls): contacts and handle minutes per reason. */
export function lossMakerReasonsSql(spec: ValueSpec, limit = 10): Fragment {
  return sql`select coalesce(reason, '') as reason, count(*) as contacts, coalesce(sum(handle_s), 0) / 60.0 as handle_min
    from ${CALLS} where ${filterSql(spec.filters)} and ${lossMakersSql(spec)}
    group by all order by contacts desc, reason limit ${limit}`;
}
