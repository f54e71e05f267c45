import { CUSTOMER_PERIODS } from '../../model';
import { sql, type Fragment } from '../../sql';
import { valueCte } from '../common/customer-value/customer-value-sql';
import { narrowsCalls, type ValueSpec } from './value-spec';

/** The periods of the customers on screen, within the date filter (by month) when one is set. */
function periodsCte(spec: ValueSpec): Fragment {
  const { dateFrom, dateTo } = spec.filters;
  const from = dateFrom ? sql` and p.period >= date_trunc('month', cast(${dateFrom} as date))` : sql``;
  const to = dateTo ? sql` and p.period <= cast(${dateTo} as date)` : sql``;
  // Every customer of the file is on screen unless a filter narrows them: then no join is needed.
  const all = spec.inputs.customers && !narrowsCalls(spec.filters) && spec.filters.segments.length === 0;
  const on = all ? sql`` : sql` join v on v.customer_id = p.customer_id`;
  return sql`${valueCte(spec)},
    pp as (select p.customer_id, p.period, p.revenue, p.service_cost as cost,
        case when p.service_cost > 0 then (p.revenue - p.service_cost) / p.service_cost end as ratio
      from ${CUSTOMER_PERIODS} p${on} where true${from}${to}),
    pc as (select customer_id, sum(revenue) as revenue, sum(cost) as cost, avg(ratio) as mean_ratio,
        count(*) as periods, count(ratio) as costed_periods
      from pp group by customer_id)`;
}

/**
 * Lifetime figures over every period of the customers on screen: the pooled ratio (Σrev − Σcost) ÷ Σcost, the
 * mean of the period ratios (periods with cost 0 have none), the mean of each customer's pooled ratio, and counts.
 */
export function lifetimeSummarySql(spec: ValueSpec): Fragment {
  return sql`with ${periodsCte(spec)}
    select (select count(*) from pc) as customers, count(*) as periods, count(ratio) as costed_periods,
      sum(revenue) as revenue, sum(cost) as cost, (sum(revenue) - sum(cost)) / nullif(sum(cost), 0) as pooled_ratio,
      avg(ratio) as mean_period_ratio, median(ratio) as median_period_ratio,
      (select avg((revenue - cost) / cost) from pc where cost > 0) as mean_customer_ratio
    from pp`;
}

/** One customer's periods in order, with each period's ratio, for the profile. */
export function customerPeriodsSql(spec: ValueSpec, customerId: string): Fragment {
  return sql`with ${periodsCte(spec)}
    select strftime(period, '%Y-%m') as period, revenue, cost, ratio from pp
    where customer_id = ${customerId} order by period`;
}

/** One customer's lifetime: pooled ratio and mean of period ratios. */
export function customerLifetimeSql(spec: ValueSpec, customerId: string): Fragment {
  return sql`with ${periodsCte(spec)}
    select revenue, cost, (revenue - cost) / nullif(cost, 0) as pooled_ratio, mean_ratio, periods, costed_periods
    from pc where customer_id = ${customerId}`;
}
