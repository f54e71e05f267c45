import { callsWhere, type DayRange } from '../../metrics';
import { addDays } from '../../metrics/predicates';
import { CALLS, type Filters } from '../../model';
import { sql, type Fragment } from '../../sql';

/** The first and last day with calls under the filters: the span the windows are laid in. */
export function spanSql(filters: Filters): Fragment {
  return sql`select strftime(min(started_at), '%Y-%m-%d') as first, strftime(max(started_at), '%Y-%m-%d') as last
    from ${CALLS} where ${callsWhere(filters)}`;
}

/** The windows an emerging-reason test compares: the recent days, and the baseline days just before them. */
export interface Windows {
  readonly span: DayRange;
  readonly recent: DayRange;
  /** Null when the recent window already starts on the first day. */
  readonly baseline: DayRange | null;
}

/** The last `recentDays` of the span against up to `baselineDays` before them (clipped to the span). */
export function compareWindows(span: DayRange, recentDays: number, baselineDays: number): Windows {
  const recentFrom = addDays(span.to, 1 - recentDays) < span.from ? span.from : addDays(span.to, 1 - recentDays);
  const recent = { from: recentFrom, to: span.to };
  const baseTo = addDays(recentFrom, -1);
  const baseFrom = addDays(recentFrom, -baselineDays) < span.from ? span.from : addDays(recentFrom, -baselineDays);
  return { span, recent, baseline: baseTo < span.from ? null : { from: baseFrom, to: baseTo } };
}
