import type { Filters, KpiSettings } from '../../model';
import { CALLS, listFilterSql } from '../../model';
import { sql, type Fragment } from '../../sql';

/** What the overview's queries depend on. Plain JSON. */
export interface KpiSpec {
  readonly filters: Filters;
  readonly settings: KpiSettings;
}

/**
 * The filtered calls tagged `current` (the chosen date range, or all dates) or `previous` (the range of equal
 * length just before it), with the bounds as columns. Short abandons are dropped here: they are not offered.
 */
/** `YYYY-MM-DD` plus `days` days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function periodsSql({ filters, settings }: KpiSpec): Fragment {
  const where = listFilterSql(filters);
  const kept = sql`(answered or coalesce(wait_s, 0) >= ${settings.shortAbandonSeconds})`;
  const { dateFrom: from, dateTo: to } = filters;
  if (from && to) {
    // Both dates known: constant bounds let the scan skip row groups outside them (the table is sorted by time).
    const length = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
    const p0 = addDays(from, -length);
    return sql`span as (select cast(${from} as date) as d0, cast(${to} as date) as d1, cast(${p0} as date) as p0),
      f as (select *, case when started_at >= cast(${from} as timestamp) then 'current' else 'previous' end as period
            from ${CALLS}
            where started_at >= cast(${p0} as timestamp) and started_at < cast(${addDays(to, 1)} as timestamp)
              and ${where} and ${kept})`;
  }
  return sql`bounds as (select coalesce(cast(${from} as date), cast(min(started_at) as date)) as d0,
          coalesce(cast(${to} as date), cast(max(started_at) as date)) as d1 from ${CALLS} where ${where}),
    span as (select d0, d1, d0 - cast(d1 - d0 + 1 as integer) as p0 from bounds),
    f as (select c.*, case when c.started_at >= s.d0 then 'current' else 'previous' end as period
          from ${CALLS} c, span s
          where c.started_at >= s.p0 and c.started_at < s.d1 + 1 and ${where} and ${kept})`;
}

/**
 * One row per period (`current`, `previous`) with the sums every KPI of DOMAIN.md §2 is a ratio of.
 * A period with no calls has no row.
 */
export function kpiSql(spec: KpiSpec): Fragment {
  const { settings } = spec;
  const window = settings.repeatDays * 86_400;
  // Identified callers only, and only calls at least N days before the last call: later ones cannot show a repeat yet.
  const repeatable = sql`(customer_id is not null and started_at <= l.last_at - to_days(cast(${settings.repeatDays} as integer)))`;
  return sql`with ${periodsSql(spec)}
    select period, any_value(s.d0) as d0, any_value(s.d1) as d1, any_value(s.p0) as p0,
      count(*) as offered,
      count(*) filter (where answered) as answered,
      count(*) filter (where not answered) as abandoned,
      count(*) filter (where answered and wait_s <= ${settings.serviceLevelSeconds}) as within_sl,
      coalesce(sum(wait_s) filter (where answered), 0) as wait_sum,
      coalesce(sum(handle_s) filter (where answered), 0) as handle_sum,
      count(*) filter (where answered and resolved) as resolved,
      count(*) filter (where ${repeatable} and reason is not null and next_same_s <= ${window}) as repeat_same,
      count(*) filter (where ${repeatable} and next_any_s <= ${window}) as repeat_any,
      count(*) filter (where ${repeatable}) as repeat_base
    from f, span s, (select max(started_at) as last_at from ${CALLS}) l
    group by period order by period`;
}

/** Offered and answered calls per day of the current period, for the daily chart. */
export function dailySql(spec: KpiSpec): Fragment {
  return sql`with ${periodsSql(spec)}
    select cast(started_at as date) as day, count(*) as offered, count(*) filter (where answered) as answered
    from f where period = 'current' group by day order by day`;
}
