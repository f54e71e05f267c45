import { sql, type Fragment } from '../../sql';
import { scoredCte } from '../common/customer-value/customer-scores-sql';
import type { ValueSpec } from './value-spec';

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
