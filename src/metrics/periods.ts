import { addDays, type DayRange } from './predicates';

/** Days in an inclusive range. */
export function dayCount({ from, to }: DayRange): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
}

/** The period a KPI is compared with: the same number of days just before, clipped to the days that have calls. */
export interface PreviousPeriod {
  /** The full window of equal length. */
  readonly window: DayRange;
  /** The part of it on or after the first call; null when the whole window lies before the data. */
  readonly covered: DayRange | null;
  /** True when part of the window lies before the first call: counts are then not comparable. */
  readonly partial: boolean;
}

/**
 * The current period is the filter's dates, each open end taken from the data; the previous period is the window
 * of equal length before it, clipped to the first day with calls (a half-empty window is not compared as whole).
 */
export function comparePeriods(
  filters: { readonly dateFrom: string | null; readonly dateTo: string | null },
  data: DayRange,
): { current: DayRange; previous: PreviousPeriod } {
  const current = { from: filters.dateFrom ?? data.from, to: filters.dateTo ?? data.to };
  const length = dayCount(current);
  const window = { from: addDays(current.from, -length), to: addDays(current.from, -1) };
  const coveredFrom = window.from < data.from ? data.from : window.from;
  const covered = coveredFrom <= window.to ? { from: coveredFrom, to: window.to } : null;
  return { current, previous: { window, covered, partial: covered !== null && coveredFrom !== window.from } };
}
