import { callsWhere } from '../../metrics';
import { CALLS, type Filters } from '../../model';
import { join, sql, type Fragment } from '../../sql';

/** The reasons the calls carry (raw code, its label, its calls), for the basic-reason picker. */
export function reasonOptionsSql(filters: Filters): Fragment {
  return sql`select reason_code as code, any_value(reason) as label, count(*) as calls from ${CALLS}
    where ${callsWhere(filters)} and reason_code is not null group by 1 order by calls desc, code`;
}

export interface MixShiftQuery {
  readonly filters: Filters;
  /** Raw reason codes that count as basic questions. */
  readonly basic: readonly string[];
  /** The recent window: the last `windowDays` days of the data. */
  readonly windowDays: number;
  /** Contacts a customer needs in the recent window; the baseline needs half as many (rounded up). */
  readonly minContacts: number;
}

/** Contacts the baseline needs for a recent-window minimum. */
export const baseMinimum = (minContacts: number) => Math.ceil(minContacts / 2);

/**
 * Per known customer with at least `minContacts` contacts within the recent window (half as many before it): contacts, basic
 * contacts and basic share in each window, and the Jensen–Shannon divergence (base 2, 0–1) between the two reason
 * mixes. Rows are every judged customer; the shaping decides who shifted.
 */
export function mixShiftSql(q: MixShiftQuery): Fragment {
  const basic = q.basic.length
    ? sql`reason_code in (${join(
        q.basic.map((c) => sql`${c}`),
        ', ',
      )})`
    : sql`false`;
  const where = callsWhere(q.filters);
  // One pass over the calls (per customer, reason and window); the windows and the mixes come from those counts.
  return sql`with start as (select cast(max(started_at) as date) - cast(${q.windowDays} as integer) + 1 as d
      from ${CALLS} where ${where}),
    k as (select customer_id, coalesce(reason_code, '') as reason_code, started_at >= (select d from start) as recent,
        coalesce(${basic}, false) as basic, count(*) as n
      from ${CALLS} where ${where} and customer_id is not null group by all),
    s as (select customer_id, sum(n) filter (where not recent) as n_base, sum(n) filter (where recent) as n_recent,
        coalesce(sum(n) filter (where not recent and basic), 0) as basic_base,
        coalesce(sum(n) filter (where recent and basic), 0) as basic_recent
      from k group by 1 having n_base >= ${baseMinimum(q.minContacts)} and n_recent >= ${q.minContacts}),
    m as (select k.customer_id, k.reason_code,
        coalesce(sum(k.n) filter (where not k.recent), 0) / any_value(s.n_base) as p,
        coalesce(sum(k.n) filter (where k.recent), 0) / any_value(s.n_recent) as q
      from k join s on s.customer_id = k.customer_id group by 1, 2),
    j as (select customer_id, sum(case when p > 0 then 0.5 * p * log2(2 * p / (p + q)) else 0 end
        + case when q > 0 then 0.5 * q * log2(2 * q / (p + q)) else 0 end) as jsd from m group by 1)
    select s.customer_id, cast(s.n_base as integer) as n_base, cast(s.n_recent as integer) as n_recent,
      cast(s.basic_base as integer) as basic_base, cast(s.basic_recent as integer) as basic_recent, j.jsd,
      strftime((select d from start), '%Y-%m-%d') as recent_from
    from s join j on j.customer_id = s.customer_id order by s.customer_id`;
}
