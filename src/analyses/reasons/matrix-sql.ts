import { kpiColumns, type KpiDefinitions, type KpiId } from '../../metrics';
import { kpiSql } from '../../metrics/kpis';
import type { Filters } from '../../model';
import { join, raw, sql, type Fragment } from '../../sql';
import { withReasonCalls } from './base-sql';

/** The repeat windows the matrix shows, days. */
export const REPEAT_WINDOWS = [1, 7, 30] as const;

const MATRIX_KPIS: readonly KpiId[] = ['offered', 'answered', 'answer_rate', 'aht_s', 'asa_s', 'resolution_rate'];

/** Σ cost of the calls: handle minutes × cost per minute, else offered calls × cost per call; NULL when neither. */
export function costSql(d: KpiDefinitions): Fragment {
  if (d.costPerMinute !== null)
    return sql`coalesce(sum(handle_s) filter (where answered), 0) / 60.0 * ${d.costPerMinute}`;
  if (d.costPerOfferedCall !== null) return sql`count(*) * ${d.costPerOfferedCall}`;
  return sql`cast(null as double)`;
}

/** Same- and any-reason repeat rates (right-censored, as the metrics define them) for each window. */
function repeatColumns(d: KpiDefinitions): Fragment[] {
  return REPEAT_WINDOWS.flatMap((days) => {
    const at = { ...d, repeatDays: days };
    return [
      sql`cast(${kpiSql('repeat_rate', at)} as double) as ${raw(`repeat_same_${days}`)}`,
      sql`cast(${kpiSql('repeat_rate_any', at)} as double) as ${raw(`repeat_any_${days}`)}`,
    ];
  });
}

/**
 * One row per reason, per category and for all calls (`level` 'reason' | 'category' | 'all'): volume, the KPIs of
 * the reason × KPI matrix, satisfaction, cost, and `repeats`: calls of identified customers followed by a contact
 * about the same reason within the repeat window (the repeat contacts the reason caused, counted, not a rate).
 */
export function matrixSql(filters: Filters, d: KpiDefinitions): Fragment {
  const window = d.repeatDays * 86_400;
  const columns = [
    ...kpiColumns(MATRIX_KPIS, d),
    ...repeatColumns(d),
    sql`cast(avg(satisfaction) as double) as satisfaction`,
    sql`cast(coalesce(sum(handle_s) filter (where answered), 0) as double) as handle_s`,
    sql`cast(${costSql(d)} as double) as cost`,
    sql`cast(count(*) filter (where customer_id is not null and next_same_s <= ${window}) as double) as repeats`,
  ];
  return sql`${withReasonCalls(filters, d)}
    select case grouping(reason, reason_category) when 1 then 'reason' when 2 then 'category' else 'all' end as level,
      case when grouping(reason) = 0 then reason else null end as reason,
      min(code) as code,
      case when grouping(reason) = 0 then mode(reason_category) else reason_category end as category,
      cast(count(*) filter (where uncovered) as double) as uncovered_n,
      ${join(columns, ', ')}
    from rc
    group by grouping sets ((reason), (reason_category), ())
    order by level, offered desc, reason`;
}
