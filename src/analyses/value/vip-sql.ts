import { sql, type Fragment } from '../../sql';
import { measureSql, valueCte } from './value-base';
import type { ValueSpec, VipRule } from './value-spec';

/**
 * Every customer with the VIP measure `x`, its z = (x − mean) ÷ sd (sample sd), robust modified
 * z = 0.6745 (x − median) ÷ MAD, its rank from the top (top-N% rule only), and whether the rule makes it a VIP.
 */
function scoredCte(spec: ValueSpec): Fragment {
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

/** The VIPs, best first (at most `limit`), each with the figures that qualify it and how many VIPs there are. */
export function vipListSql(spec: ValueSpec, limit = 200): Fragment {
  return sql`with ${scoredCte(spec)},
    p as (select *, count(*) over () as vip_count from u where vip order by x desc, customer_id limit ${limit})
    select customer_id, name, revenue, cost, x, z, robust,
      coalesce(rk, (select count(*) from u where u.x > p.x) + 1) as rk, n, mean, sd, med, mad, vip_count
    from p order by x desc, customer_id`;
}

/** Revenue against service cost (both above 0, for log axes): every VIP and an even sample of the rest. */
export function vipScatterSql(spec: ValueSpec, points = 3000): Fragment {
  return sql`with ${scoredCte(spec)}
    select customer_id, revenue, cost, vip from u
    where revenue > 0 and cost > 0 and (vip or hash(customer_id) % greatest(1, n // ${Math.max(1, Math.floor(points))}) = 0)
    order by x desc, customer_id`;
}
