import { callsWhere } from '../../metrics';
import { CALLS, type Filters } from '../../model';
import { join, raw, sql, type Fragment } from '../../sql';

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
  // One grouped pass over the calls, per customer and reason with the two windows as filtered counts; the basic
  // flag, the totals and the divergence are read off those (far fewer) rows.
  const p = raw('(k.b / s.n_base)');
  const r = raw('(k.r / s.n_recent)');
  return sql`with start as (select cast(max(started_at) as date) - cast(${q.windowDays} as integer) + 1 as d
      from ${CALLS} where ${where}),
    k as materialized (select customer_id, coalesce(reason_code, '') as reason_code,
        count(*) filter (where started_at < (select d from start)) as b,
        count(*) filter (where started_at >= (select d from start)) as r
      from ${CALLS} where ${where} and customer_id is not null group by all),
    s as materialized (select customer_id, sum(b) as n_base, sum(r) as n_recent,
        coalesce(sum(b) filter (where ${basic}), 0) as basic_base,
        coalesce(sum(r) filter (where ${basic}), 0) as basic_recent
      from k group by 1 having n_base >= ${baseMinimum(q.minContacts)} and n_recent >= ${q.minContacts}),
    j as (select k.customer_id, sum(case when k.b > 0 then 0.5 * ${p} * log2(2 * ${p} / (${p} + ${r})) else 0 end
        + case when k.r > 0 then 0.5 * ${r} * log2(2 * ${r} / (${p} + ${r})) else 0 end) as jsd
      from k join s on s.customer_id = k.customer_id group by 1)
    select s.customer_id, cast(s.n_base as integer) as n_base, cast(s.n_recent as integer) as n_recent,
      cast(s.basic_base as integer) as basic_base, cast(s.basic_recent as integer) as basic_recent, j.jsd,
      strftime((select d from start), '%Y-%m-%d') as recent_from
    from s join j on j.customer_id = s.customer_id order by s.customer_id`;
}
