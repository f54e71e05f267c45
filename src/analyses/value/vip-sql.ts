import { sql, type Fragment } from '../../sql';
import { measureSql, valueCte } from './value-base';
import type { ValueSpec, VipRule } from './value-spec';

/**
 * Every customer with the VIP measure `x`, its z = (x − mean) ÷ sd (sample sd), robust modified
 * z = 0.6745 (x − median) ÷ MAD, its rank from the top, and whether the rule makes it a VIP.
 */
function scoredCte(spec: ValueSpec): Fragment {
  const x = measureSql(spec.settings.vipMeasure);
  return sql`${valueCte(spec)},
    s as (select customer_id, name, revenue, cost, ${x} as x, avg(${x}) over () as mean, stddev_samp(${x}) over () as sd,
      median(${x}) over () as med, mad(${x}) over () as mad,
      row_number() over (order by ${x} desc, customer_id) as rk, count(*) over () as n
      from v where ${x} is not null),
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
  return sql`with ${scoredCte(spec)}
    select customer_id, name, revenue, cost, x, z, robust, rk, n, mean, sd, med, mad, count(*) over () as vip_count
    from u where vip order by rk limit ${limit}`;
}

/** Revenue against service cost (both above 0, for log axes): every VIP and an even sample of the rest. */
export function vipScatterSql(spec: ValueSpec, points = 3000): Fragment {
  return sql`with ${scoredCte(spec)}
    select customer_id, revenue, cost, vip from u
    where revenue > 0 and cost > 0 and (vip or rk % greatest(1, n // ${Math.max(1, Math.floor(points))}) = 0)
    order by rk`;
}
