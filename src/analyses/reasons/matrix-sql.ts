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

const ratio = (top: Fragment, bottom: Fragment): Fragment => sql`cast(${top} / nullif(${bottom}, 0) as double)`;

/** Every window a repeat is counted in: the matrix's, and the definitions' repeat window. */
function repeatWindows(d: KpiDefinitions): number[] {
  return [...new Set([...REPEAT_WINDOWS, d.repeatDays])].sort((x, y) => x - y);
}

/** Column names of the counted parts: calls whose next contact about the same reason (`s`) or any (`a`) came within N days. */
const within = (kind: 's' | 'a', days: number): string => `${kind}${days}`;

/**
 * The calls counted per group and a few small classes: whether the caller is known, and `age` the longest repeat
 * window that ended inside the data for the call (0 none). The calls whose next contact came within each window are
 * summed per group rather than classed per call: a class per call as a grouping key cost more than the counting.
 */
function partsSql(d: KpiDefinitions): Fragment {
  const last = sql`(select max(started_at) from ${CALLS})`;
  const ages = [...REPEAT_WINDOWS]
    .reverse()
    .map((n) => sql`when started_at <= ${last} - to_days(cast(${n} as integer)) then ${n}`);
  const gaps = repeatWindows(d).flatMap((n) => [
    sql`sum(cast(next_same_s <= ${n * 86_400} as integer)) as ${raw(within('s', n))}`,
    sql`sum(cast(next_any_s <= ${n * 86_400} as integer)) as ${raw(within('a', n))}`,
  ]);
  return sql`select reason, reason_category, reason_code, answered, resolved, customer_id is not null as known,
      case when customer_id is null then 0 ${join(ages, ' ')} else 0 end as age,
      count(*) as n, sum(handle_s) as hs, sum(wait_s) as ws, sum(satisfaction) as sat, count(satisfaction) as sat_n,
      ${join(gaps, ', ')}
    from rc group by all`;
}

/**
 * The matrix figures from the counted parts, as the metrics define them: answer rate = answered ÷ offered, AHT and
 * ASA over answered calls, resolution ÷ answered, repeat rates right-censored (only calls of identified customers at
 * least N days before the last call), cost from answered handle minutes or offered calls.
 */
function figureColumns(d: KpiDefinitions): Fragment[] {
  const n = (where: Fragment): Fragment => sql`coalesce(sum(n) filter (where ${where}), 0)`;
  const offered = sql`sum(n)`;
  const answered = n(sql`answered`);
  const handle = sql`sum(hs) filter (where answered)`;
  const sumOf = (column: string, where: Fragment): Fragment =>
    sql`coalesce(sum(${raw(column)}) filter (where ${where}), 0)`;
  const repeats = REPEAT_WINDOWS.flatMap((days) => {
    const base = sql`age >= ${days}`;
    return [
      sql`${ratio(sumOf(within('s', days), base), n(base))} as ${raw(`repeat_same_${days}`)}`,
      sql`${ratio(sumOf(within('a', days), base), n(base))} as ${raw(`repeat_any_${days}`)}`,
    ];
  });
  return [
    sql`cast(${offered} as double) as offered`,
    sql`cast(${answered} as double) as answered`,
    sql`${ratio(answered, offered)} as answer_rate`,
    sql`${ratio(handle, answered)} as aht_s`,
    sql`${ratio(sql`sum(ws) filter (where answered)`, answered)} as asa_s`,
    sql`${ratio(n(sql`answered and resolved`), answered)} as resolution_rate`,
    ...repeats,
    sql`${ratio(sql`sum(sat)`, sql`sum(sat_n)`)} as satisfaction`,
    sql`cast(coalesce(${handle}, 0) as double) as handle_s`,
    sql`cast(${costOf(handle, offered, d)} as double) as cost`,
    sql`cast(${sumOf(within('s', d.repeatDays), sql`known`)} as double) as repeats`,
  ];
}

/**
 * One row per reason, per category and for all calls (`level` 'reason' | 'category' | 'all'): volume, the KPIs of
 * the reason × KPI matrix, satisfaction, cost, and `repeats`: calls of identified customers followed by a contact
 * about the same reason within the repeat window (the repeat contacts the reason caused, counted, not a rate).
 * A reason's category is its calls' most frequent one.
 */
export function matrixSql(filters: Filters, d: KpiDefinitions): Fragment {
  return sql`${withReasonCalls(filters, d)},
    pc as ${withCoverage(partsSql(d))},
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
