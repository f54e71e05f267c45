import type { KpiDefinitions } from '../../metrics';
import type { Filters } from '../../model';
import { sql, type Fragment } from '../../sql';
import { customerValueSql } from '../common/customer-value/customer-scores-sql';
import type { CustomerValueSpec } from '../common/customer-value/customer-value-spec';
import { withCodes, withReasonCalls } from './base-sql';
import { costOf } from './matrix-sql';

/** The groups a reason breakdown by customer can take. */
export const SEGMENT_LENSES = ['vip', 'segment', 'tier'] as const;
export type SegmentLens = (typeof SEGMENT_LENSES)[number];

/**
 * Calls, answered handle hours and cost per reason and customer group, under three lenses (`lens`): `vip` (group 'vip' or 'other', the
 * value analysis's VIP rule), `segment` (the customer's segment) and `tier` (credit tier A–D). Each customer's
 * segment, tier and VIP flag come from the shared per-customer value (`analyses/common/customer-value`) under the
 * same filters; calls of anonymous callers and of customers without the group's value are in no group.
 */
export function segmentsSql(filters: Filters, d: KpiDefinitions, customers: CustomerValueSpec): Fragment {
  return sql`${withReasonCalls(filters, d)},
    cv as (${customerValueSql(customers)}),
    t as (select cv.segment, cv.tier, case when cv.customer_id is null then null when cv.vip then 'vip' else 'other' end
        as vip, rc.reason, rc.reason_code, rc.answered, rc.handle_s
      from rc left join cv on cv.customer_id = rc.customer_id),
    p as ${withCodes(sql`select segment, tier, vip, reason, reason_code, count(*) as n,
      sum(handle_s) filter (where answered) as hs from t group by all`)}
    select case when grouping(vip) = 0 then 'vip' when grouping(segment) = 0 then 'segment' else 'tier' end as lens,
      case when grouping(vip) = 0 then vip when grouping(segment) = 0 then segment else tier end as "group",
      reason, min(code) as code, cast(sum(n) as double) as n, cast(coalesce(sum(hs), 0) / 3600.0 as double) as handle_h,
      cast(${costOf(sql`sum(hs)`, sql`sum(n)`, d)} as double) as cost
    from p group by grouping sets ((vip, reason), (segment, reason), (tier, reason))
    order by lens, "group", n desc, reason`;
}

/**
 * The calls of one group of a lens, for the drill-through: the customers the shared per-customer value puts in it
 * (computed afresh, not from a cache table a later filter change may drop).
 */
export function segmentGroupWhere(lens: SegmentLens, group: string, customers: CustomerValueSpec): Fragment {
  const plain = { ...customers, cache: undefined };
  const test =
    lens === 'vip'
      ? group === 'vip'
        ? sql`vip`
        : sql`not vip`
      : lens === 'segment'
        ? sql`segment = ${group}`
        : sql`tier = ${group}`;
  return sql`customer_id in (select customer_id from (${customerValueSql(plain)}) cg where ${test})`;
}
