import type { KpiDefinitions } from '../../metrics';
import { CALLS, type Filters } from '../../model';
import { join, raw, sql, type Fragment } from '../../sql';
import { withCoverage, withReasonCalls } from './base-sql';

/** The repeat windows the matrix shows, days. */
export const REPEAT_WINDOWS = [1, 7, 30] as const;

/** Σ cost from a group's answered handle seconds and calls: minutes × cost per minute, else calls × cost per call. */
export function costOf(handleS: Fragment, calls: Fragment, d: KpiDefinitions): Fragment {
  if (d.costPerMinute !== null) return sql`coalesce(${handleS}, 0) / 60.0 * ${d.costPerMinute}`;
  if (d.costPerOfferedCall !== null) return sql`${calls} * ${d.costPerOfferedCall}`;
  return sql`cast(null as double)`;
}

const ratio = (top: string, bottom: string): Fragment =>
  sql`cast(sum(${raw(top)}) / nullif(sum(${raw(bottom)}), 0) as double)`;

/**
 * Additive parts of every matrix figure for one group of offered calls. The KPIs are the metrics' own (answer rate
 * = answered ÷ offered, AHT and ASA over answered calls, resolution ÷ answered, repeat rates right-censored: only
 * calls of identified customers at least N days before the last call), summed here so the grouping sets run over a
 * few rows per reason instead of every call.
 */
function partColumns(d: KpiDefinitions): Fragment[] {
  const window = d.repeatDays * 86_400;
  const repeats = REPEAT_WINDOWS.flatMap((days) => {
    const base = sql`customer_id is not null and started_at <= cut.${raw(`c${days}`)}`;
    return [
      sql`count(*) filter (where ${base}) as ${raw(`b${days}`)}`,
      sql`count(*) filter (where ${base} and next_same_s <= ${days * 86_400}) as ${raw(`s${days}`)}`,
      sql`count(*) filter (where ${base} and next_any_s <= ${days * 86_400}) as ${raw(`a${days}`)}`,
    ];
  });
  return [
    sql`count(*) as n`,
    sql`count(*) filter (where answered) as ans`,
    sql`count(*) filter (where answered and resolved) as res`,
    sql`sum(handle_s) filter (where answered) as hs`,
    sql`sum(wait_s) filter (where answered) as ws`,
    sql`sum(satisfaction) as sat`,
    sql`count(satisfaction) as sat_n`,
    sql`count(*) filter (where customer_id is not null and next_same_s <= ${window}) as rep`,
    ...repeats,
  ];
}

/** The matrix figures from the summed parts, named as the metrics name them. */
function figureColumns(d: KpiDefinitions): Fragment[] {
  const repeats = REPEAT_WINDOWS.flatMap((days) => [
    sql`${ratio(`s${days}`, `b${days}`)} as ${raw(`repeat_same_${days}`)}`,
    sql`${ratio(`a${days}`, `b${days}`)} as ${raw(`repeat_any_${days}`)}`,
  ]);
  return [
    sql`cast(sum(n) as double) as offered`,
    sql`cast(sum(ans) as double) as answered`,
    sql`${ratio('ans', 'n')} as answer_rate`,
    sql`${ratio('hs', 'ans')} as aht_s`,
    sql`${ratio('ws', 'ans')} as asa_s`,
    sql`${ratio('res', 'ans')} as resolution_rate`,
    ...repeats,
    sql`${ratio('sat', 'sat_n')} as satisfaction`,
    sql`cast(coalesce(sum(hs), 0) as double) as handle_s`,
    sql`cast(${costOf(sql`sum(hs)`, sql`sum(n)`, d)} as double) as cost`,
    sql`cast(sum(rep) as double) as repeats`,
  ];
}

/**
 * One row per reason, per category and for all calls (`level` 'reason' | 'category' | 'all'): volume, the KPIs of
 * the reason × KPI matrix, satisfaction, cost, and `repeats`: calls of identified customers followed by a contact
 * about the same reason within the repeat window (the repeat contacts the reason caused, counted, not a rate).
 * A reason's category is its calls' most frequent one.
 */
export function matrixSql(filters: Filters, d: KpiDefinitions): Fragment {
  const cuts = REPEAT_WINDOWS.map(
    (days) => sql`max(started_at) - to_days(cast(${days} as integer)) as ${raw(`c${days}`)}`,
  );
  return sql`${withReasonCalls(filters, d)},
    cut as (select ${join(cuts, ', ')} from ${CALLS}),
    p as (select reason, reason_category, reason_code, ${join(partColumns(d), ', ')}
      from rc, cut group by reason, reason_category, reason_code),
    pc as ${withCoverage(sql`select * from p`)},
    cat as (select reason, first(reason_category order by n desc, reason_category) as category
      from (select reason, reason_category, sum(n) as n from pc where reason_category is not null group by all)
      group by reason),
    agg as (select grouping(reason, reason_category) as gid, reason, reason_category, min(code) as code,
      cast(sum(n) filter (where uncovered) as double) as uncovered_n, ${join(figureColumns(d), ', ')}
      from pc group by grouping sets ((reason), (reason_category), ()))
    select case agg.gid when 1 then 'reason' when 2 then 'category' else 'all' end as level,
      case when agg.gid = 1 then agg.reason end as reason, agg.code,
      case when agg.gid = 1 then cat.category else agg.reason_category end as category,
      coalesce(agg.uncovered_n, 0) as uncovered_n, agg.* exclude (gid, reason, reason_category, code, uncovered_n)
    from agg left join cat on agg.gid = 1 and cat.reason is not distinct from agg.reason
    order by level, offered desc, reason`;
}
