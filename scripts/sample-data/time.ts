/**
 * Naive local calendar for the sample period. Timestamps are plain seconds
 * counted from 2026-01-01 00:00:00 and formatted without any time zone; Date
 * is used only in UTC mode as a calendar calculator, never for "now".
 */

export const PERIOD_START = '2026-01-01';
export const PERIOD_END = '2026-06-30';
export const DAY_COUNT = 181; // 31 + 28 + 31 + 30 + 31 + 30
export const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'] as const;
export const SECONDS_PER_DAY = 86_400;

const EPOCH_MS = Date.UTC(2026, 0, 1);

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function dateOf(day: number): Date {
  return new Date(EPOCH_MS + day * SECONDS_PER_DAY * 1000);
}

/** Day index (0 = 2026-01-01) of a YYYY-MM-DD date; may be negative. */
export function dayIndex(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  const ms = Date.UTC(y ?? 2026, (m ?? 1) - 1, d ?? 1);
  return Math.round((ms - EPOCH_MS) / (SECONDS_PER_DAY * 1000));
}

/** YYYY-MM-DD of a day index. */
export function formatDate(day: number): string {
  const d = dateOf(day);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** YYYY-MM-DD HH:MM:SS of seconds since the period start. */
export function formatTimestamp(seconds: number): string {
  const day = Math.floor(seconds / SECONDS_PER_DAY);
  const rest = seconds - day * SECONDS_PER_DAY;
  const h = Math.floor(rest / 3600);
  const m = Math.floor((rest % 3600) / 60);
  const s = rest % 60;
  return `${formatDate(day)} ${pad(h)}:${pad(m)}:${pad(s)}`;
}

export interface DayInfo {
  index: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  /** Day of month, 1-based. */
  dayOfMonth: number;
  /** 0-based month index within the period (0 = January). */
  month: number;
}

export function dayInfo(day: number): DayInfo {
  const d = dateOf(day);
  return {
    index: day,
    weekday: (d.getUTCDay() + 6) % 7,
    dayOfMonth: d.getUTCDate(),
    month: d.getUTCMonth(),
  };
}

/** Month index (0-based, within 2026) of seconds since the period start. */
export function monthOfSeconds(seconds: number): number {
  return dateOf(Math.floor(seconds / SECONDS_PER_DAY)).getUTCMonth();
}

/** First day index of each month of the period, plus the end (day 181). */
export const MONTH_FIRST_DAY: readonly number[] = [0, 31, 59, 90, 120, 151, 181];

/** Number of days of `month` (0-based in 2026) on or after `fromDay`. */
export function daysInMonthFrom(month: number, fromDay: number): number {
  const first = MONTH_FIRST_DAY[month] ?? 0;
  const end = MONTH_FIRST_DAY[month + 1] ?? first;
  return Math.max(0, end - Math.max(first, fromDay));
}
