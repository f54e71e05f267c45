import { sql, type Fragment } from '../../../sql';
import type { CustomerValueSpec, VipRule } from './customer-value-spec';
import { measureSql, valueCte } from './customer-value-sql';

/**
 * The CTEs that end in `u`: every customer of `v` with the VIP measure `x`, its z = (x − mean) ÷ sd (sample sd),
 * robust modified z = 0.6745 (x − median) ÷ MAD, its rank from the top (top-N% rule only), and whether the rule
 * makes it a VIP (`vip`). Customers without the measure (a ratio with no service cost) are not in `u`.
 */
export function scoredCte(spec: CustomerValueSpec): Fragment {
  const x = measureSql(spec.settings.vipMeasure);
  // Row numbers need a sort of every customer: only the top-N% rule needs them for all.
  const rk =
    spec.settings.vipRule.kind === 'top'
      ? sql`row_number() over (order by ${x} desc, customer_id)`
      : sql`cast(null as bigint)`;
  return sql`${valueCte(spec)},
    st as (select avg(${x}) as mean, stddev_samp(${x}) as sd, median(${x}) as med, mad(${x}) as mad, count(${x}) as n
      from v),
    s as (select customer_id, name, revenue, cost, ${x} as x, ${rk} as rk, st.* from v, st where ${x} is not null),
    z as (select *, (x - mean) / nullif(sd, 0) as z, 0.6745 * (x - med) / nullif(mad, 0) as robust from s),
    u as (select *, coalesce(${ruleSql(spec.settings.vipRule)}, false) as vip from z)`;
}

function ruleSql(rule: VipRule): Fragment {
  switch (rule.kind) {
    case 'z':
      return sql`z > ${rule.k}`;
    case 'robust':
      return sql`robust > ${rule.threshold}`;
    case 'top':
      return sql`rk <= ceil(n * ${rule.percent} / 100.0)`;
  }
}

/**
 * One row per identified customer under the spec's filters (the value analysis's population: anonymous callers
 * are never a customer), for other analyses to join on `customer_id`:
 * - `customer_id` (varchar), `segment` (varchar, NULL without one), `tier` (credit tier 'A'–'D', NULL without
 *   arrears data: seed 001);
 * - `revenue`, `cost` (service cost, from the source `costSource` names), `net` = revenue − cost, `ratio` =
 *   (revenue − cost) ÷ cost (NULL when cost ≤ 0), all doubles;
 * - `value`: the VIP measure (`settings.vipMeasure`, by default the ratio), NULL where it is undefined;
 * - `vip` (boolean): the VIP rule holds (false where the measure is NULL).
 * A select, not a CTE: use it as `with cv as (${customerValueSql(spec)}) …` or in a subquery.
 */
export function customerValueSql(spec: CustomerValueSpec): Fragment {
  return sql`with ${scoredCte(spec)}
    select v.customer_id, v.segment, v.tier, v.revenue, v.cost, v.net, v.ratio, u.x as value, coalesce(u.vip, false) as vip
    from v left join u on u.customer_id = v.customer_id`;
}
