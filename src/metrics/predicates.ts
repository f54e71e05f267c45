import { ident, join, sql, type Fragment } from '../sql';
import { LIST_FILTERS, type Filters } from '../model';

/** An inclusive range of days, `YYYY-MM-DD`. */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

/**
 * One slice of a figure: a `calls` column equal to a value (NULL matches NULL), or the calls of a day range.
 * @public drill-through builds slices from a figure.
 */
export type Slice =
  { readonly column: string; readonly value: string | number | boolean | null } | { readonly range: DayRange };

/** `YYYY-MM-DD` plus `days` days (negative goes back). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Calls whose `started_at` falls on one of the days. Constant bounds (not `cast(started_at as date)`) let the scan
 * skip row groups outside them: the canonical calls are sorted by time.
 */
export function dayRangeSql({ from, to }: DayRange): Fragment {
  return sql`(started_at >= cast(${from} as timestamp) and started_at < cast(${addDays(to, 1)} as timestamp))`;
}

function sliceSql(slice: Slice): Fragment {
  if ('range' in slice) return dayRangeSql(slice.range);
  return slice.value === null ? sql`${ident(slice.column)} is null` : sql`${ident(slice.column)} = ${slice.value}`;
}

/**
 * The one predicate over the `canonical.calls` columns (alias-free): the global filters, dates included, plus any
 * slices a figure adds (a day, a reason, a segment…). `true` when nothing narrows the calls.
 */
export function callsWhere(filters: Filters, slices: readonly Slice[] = []): Fragment {
  const parts: Fragment[] = [];
  for (const { key, column } of LIST_FILTERS) {
    const values = filters[key];
    if (values.length === 0) continue;
    parts.push(
      sql`${ident(column)} in (${join(
        values.map((v) => sql`${v}`),
        ', ',
      )})`,
    );
  }
  if (filters.dateFrom || filters.dateTo) {
    if (filters.dateFrom) parts.push(sql`started_at >= cast(${filters.dateFrom} as timestamp)`);
    if (filters.dateTo) parts.push(sql`started_at < cast(${addDays(filters.dateTo, 1)} as timestamp)`);
  }
  for (const slice of slices) parts.push(sliceSql(slice));
  return parts.length ? sql`(${join(parts, ' and ')})` : sql`true`;
}

/** The filters without their dates: periods choose their own days. */
export function withoutDates(filters: Filters): Filters {
  return { ...filters, dateFrom: null, dateTo: null };
}
