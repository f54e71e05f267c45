/**
 * How many contacts arrive, on which line, when: ~165 a day with weekday and
 * hour seasonality (busy 9-12 and 14-17, quiet weekends, closed 22:00-08:00),
 * the month-start surge of lines 1 and 5 (story 1) and the extra
 * "system slow" contacts of the 15:00 band (story 2).
 */
import { Rng, WeightedTable } from './prng';
import {
  MONTH_START_DAYS,
  MONTH_START_VOLUME,
  SEED,
  SLOW_HOUR,
  SLOW_HOUR_EXTRA,
} from './stories';
import { BUSINESS_LINES, MONTH_START_LINES } from './taxonomy';
import { DAY_COUNT, SECONDS_PER_DAY, dayInfo } from './time';

export interface Slot {
  day: number;
  line: number;
  /** Seconds since 2026-01-01 00:00:00. */
  start: number;
  /** True for the extra contacts caused by the slow system at 15:00. */
  slowSystem: boolean;
}

const BASE_DAILY = 165;
const LINE_SHARE = [0.28, 0.3, 0.14, 0.12, 0.16];
/** Monday..Sunday */
const WEEKDAY_FACTOR = [1.15, 1.05, 1, 1, 0.95, 0.62, 0.52];
export const FIRST_HOUR = 8;
/** Hours 08..21; the centre is closed 22:00-08:00. */
const WEEKDAY_HOURS = [0.5, 1.4, 1.6, 1.5, 0.9, 1, 1.4, 1.5, 1.4, 1, 0.7, 0.6, 0.45, 0.3];
const WEEKEND_HOURS = [0.4, 0.9, 1.1, 1.1, 1, 1, 1, 1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.35];
export const WEEKDAY_HOUR_TABLE = new WeightedTable(WEEKDAY_HOURS);
const WEEKEND_HOUR_TABLE = new WeightedTable(WEEKEND_HOURS);
const LINE_TABLE = new WeightedTable(LINE_SHARE);

export function isMonthStartLine(line: number): boolean {
  return MONTH_START_LINES.includes(line);
}

/** A random second inside the given hour of a day. */
export function secondIn(rng: Rng, day: number, hour: number): number {
  return day * SECONDS_PER_DAY + hour * 3600 + rng.int(0, 3599);
}

function lineFactor(line: number, dayOfMonth: number): number {
  if (dayOfMonth > MONTH_START_DAYS) return 1;
  return isMonthStartLine(line) ? MONTH_START_VOLUME : 1.04;
}

export function generateSlots(): Slot[] {
  const rng = Rng.derive(SEED, 'volume');
  const slots: Slot[] = [];
  for (let day = 0; day < DAY_COUNT; day++) {
    const info = dayInfo(day);
    const weekend = info.weekday >= 5;
    const hours = weekend ? WEEKEND_HOUR_TABLE : WEEKDAY_HOUR_TABLE;
    const dayFactor = rng.logNormal(1, 0.06) * (1 + (0.06 * day) / DAY_COUNT);
    for (let line = 0; line < BUSINESS_LINES.length; line++) {
      const mean =
        BASE_DAILY *
        (LINE_SHARE[line] ?? 0) *
        (WEEKDAY_FACTOR[info.weekday] ?? 1) *
        dayFactor *
        lineFactor(line, info.dayOfMonth) *
        rng.range(0.92, 1.08);
      const n = rng.count(mean, 1.15);
      for (let k = 0; k < n; k++) {
        const hour = FIRST_HOUR + hours.draw(rng);
        slots.push({ day, line, start: secondIn(rng, day, hour), slowSystem: false });
      }
    }
    const extra = rng.count(SLOW_HOUR_EXTRA[weekend ? 1 : 0] ?? 0, 1.2);
    for (let k = 0; k < extra; k++) {
      const line = LINE_TABLE.draw(rng);
      slots.push({ day, line, start: secondIn(rng, day, SLOW_HOUR), slowSystem: true });
    }
  }
  return slots;
}
