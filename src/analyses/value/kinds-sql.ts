import { CALLS, CUSTOMER_PERIODS } from '../../model';
import { ident, join, sql, type Fragment } from '../../sql';
import { valueCte } from '../common/customer-value/customer-value-sql';
import type { ValueSpec } from './value-spec';

/** A contact about one of the improver reasons or categories (a reason set the user edits). */
function improverMatchSql(reasons: readonly string[]): Fragment {
  if (reasons.length === 0) return sql`false`;
  const list = join(
    reasons.map((r) => sql`${r}`),
    ', ',
  );
  return sql`(reason in (${list}) or reason_category in (${list}))`;
}

/**
 * Seed 000's three kinds of valuable customer, per customer of `v` (each customer's whole contact history, not
 * the filtered calls; the next contact's gap is the calls' `next_any_s`): `sustained` (net > 0 in at least `sustainedMin` of the data's last `sustainedPeriods`
 * periods; NULL without periods), `is_new` (joined within `newDays` of the data's end), `comeback` (first contact
 * unanswered, unresolved or rated at most `lowSatisfaction`, and another contact within `comebackDays`),
 * `potential` (new or comeback) and `improver` (at least `improverMinContacts` contacts about the reason set,
 * making at least `improverMinShare` of their contacts).
 */
export function kindsCte(spec: ValueSpec, improverReasons: readonly string[]): Fragment {
  if (spec.cache?.kinds) return sql`${valueCte(spec)}, kk as (select * from ${ident(spec.cache.kinds)})`;
  return kindsSelectCte(spec, improverReasons);
}

/** `kindsCte` computed from `v` and the calls (what the kinds cache table holds). */
export function kindsSelectCte(spec: ValueSpec, improverReasons: readonly string[]): Fragment {
  const s = spec.settings;
  const history = spec.cache?.history
    ? sql`kh as (select * from ${ident(spec.cache.history)})`
    : historyCte(spec, improverReasons);
  return sql`${valueCte(spec)},
    ${history},
    k as (select v.*, ${spec.inputs.periods ? sql`coalesce(h.profitable, 0) >= ${s.sustainedMin}` : sql`cast(null as boolean)`} as sustained,
        coalesce(v.joined_at > v.last_day - cast(${s.newDays} as integer), false) as is_new,
        coalesce((not h.first_contact.answered or not h.first_contact.resolved
            or h.first_contact.satisfaction <= cast(${s.lowSatisfaction} as double))
          and h.first_contact.gap <= cast(${s.comebackDays} as integer) * 86400, false) as comeback,
        coalesce(h.improver_n, 0) as improver_n,
        coalesce(h.improver_n >= ${s.improverMinContacts} and h.improver_n >= ${s.improverMinShare} * h.n_all, false) as improver
      from v left join kh h on h.customer_id = v.customer_id),
    kk as (select *, is_new or comeback as potential from k)`;
}

/**
 * `kh`: each customer's whole history, which no filter changes (made once per build when cached): contacts, the
 * first contact and its gap to the next, contacts about the improver reasons, and profitable recent periods.
 */
export function historyCte(spec: ValueSpec, improverReasons: readonly string[]): Fragment {
  const sustained = spec.inputs.periods
    ? sql`lp as (select distinct period from ${CUSTOMER_PERIODS} order by period desc limit ${spec.settings.sustainedPeriods}),
      sp as (select customer_id, count(*) filter (where revenue - service_cost > 0) as profitable
        from ${CUSTOMER_PERIODS} where period in (select period from lp) group by customer_id)`
    : sql`sp as (select cast(null as varchar) as customer_id, cast(null as bigint) as profitable where false)`;
  return sql`${sustained},
    hist as (select customer_id, count(*) as n_all,
        arg_min({'answered': answered, 'resolved': resolved, 'satisfaction': satisfaction, 'gap': next_any_s}, started_at) as first_contact,
        count(*) filter (where ${improverMatchSql(improverReasons)}) as improver_n
      from ${CALLS} where customer_id is not null group by customer_id),
    kh as (select coalesce(hist.customer_id, sp.customer_id) as customer_id, hist.n_all, hist.first_contact,
        hist.improver_n, sp.profitable
      from hist full join sp on sp.customer_id = hist.customer_id)`;
}

/** How many customers each kind holds and what they are worth together (net, revenue, cost, median ratio). */
export function kindsSummarySql(spec: ValueSpec, improverReasons: readonly string[]): Fragment {
  return sql`with ${kindsCte(spec, improverReasons)}
    select count(*) as customers,
      count(*) filter (where sustained) as sustained, sum(net) filter (where sustained) as sustained_net,
      count(*) filter (where potential) as potential, sum(net) filter (where potential) as potential_net,
      count(*) filter (where is_new) as is_new, count(*) filter (where comeback) as comeback,
      count(*) filter (where improver) as improver, sum(net) filter (where improver) as improver_net,
      median(ratio) filter (where improver) as improver_ratio, median(ratio) as ratio
    from kk`;
}

/**
 * The segment × tier matrix: per row (the customer's segment, then each of seed 000's kinds; a customer may be in
 * several kinds) and credit tier, the customers and their net value, revenue and cost.
 */
export function matrixSql(spec: ValueSpec, improverReasons: readonly string[]): Fragment {
  const cell = sql`count(*) as n, sum(net) as net, sum(revenue) as revenue, sum(cost) as cost`;
  return sql`with ${kindsCte(spec, improverReasons)}
    select 'segment' as axis, coalesce(segment, '') as row, coalesce(tier, '') as tier, ${cell} from kk group by all
    union all select 'kind', 'sustained', coalesce(tier, ''), ${cell} from kk where sustained group by all
    union all select 'kind', 'potential', coalesce(tier, ''), ${cell} from kk where potential group by all
    union all select 'kind', 'improver', coalesce(tier, ''), ${cell} from kk where improver group by all
    order by axis desc, row, tier`;
}

/** Reason categories and reasons of the calls with their contacts: the choices of the improver reason set. */
export function reasonOptionsSql(): Fragment {
  return sql`select 'category' as level, reason_category as value, count(*) as n from ${CALLS}
      where reason_category is not null group by all
    union all select 'reason', reason, count(*) from ${CALLS} where reason is not null group by all
    order by level, n desc, value`;
}
