import type { DayRange } from '../../metrics';
import type { Json } from '../common/settings';

/** The two periods "period over period" compares. */
export interface ComparedPeriods {
  readonly test: DayRange;
  readonly control: DayRange;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isRange = (r: unknown): r is DayRange =>
  typeof r === 'object' &&
  r !== null &&
  typeof (r as DayRange).from === 'string' &&
  typeof (r as DayRange).to === 'string' &&
  DAY.test((r as DayRange).from) &&
  DAY.test((r as DayRange).to) &&
  (r as DayRange).from <= (r as DayRange).to;

/** Periods kept in settings, or null when absent or unreadable. */
export function readPeriods(value: Json): ComparedPeriods | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { test, control } = value as { test?: unknown; control?: unknown };
  return isRange(test) && isRange(control) ? { test, control } : null;
}

const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The default comparison: the last calendar month with data (to the last day with calls) against the whole month
 * before, when the data reaches into that month; otherwise the second half of the data against the first half.
 */
export function defaultPeriods(data: DayRange): ComparedPeriods {
  const monthStart = `${data.to.slice(0, 7)}-01`;
  const previousStart = `${shift(monthStart, -1).slice(0, 7)}-01`;
  if (data.from <= previousStart)
    return { test: { from: monthStart, to: data.to }, control: { from: previousStart, to: shift(monthStart, -1) } };
  const days = Math.round((Date.parse(data.to) - Date.parse(data.from)) / 86_400_000) + 1;
  if (days < 2) return { test: data, control: data };
  const half = Math.max(1, Math.floor(days / 2));
  return {
    test: { from: shift(data.from, half), to: data.to },
    control: { from: data.from, to: shift(data.from, half - 1) },
  };
}

export const daysIn = (r: DayRange) => Math.round((Date.parse(r.to) - Date.parse(r.from)) / 86_400_000) + 1;
