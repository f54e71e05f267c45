/**
 * The knobs of the planted stories, in one place. The README and the tests
 * describe the same figures; change them together.
 */
import { dayIndex } from './time';

export const SEED = 20_260_101;

/** Story 1 (seed 004): lines 1 and 5 surge on days 1..3 of each month and their answer rate drops. */
export const MONTH_START_DAYS = 3;
export const MONTH_START_VOLUME = 2.75;
/** Answer-rate drop of lines 1 and 5 on a month-start day (drawn per day in this range). */
export const MONTH_START_DROP: readonly [number, number] = [0.2, 0.32];

/** Story 2 (seed 004): the 15:00-16:00 band, system load, "System slow or outage" (R08). */
export const SLOW_HOUR = 15;
export const SLOW_HOUR_DROP = 0.13;
export const SLOW_HOUR_REASON_BOOST = 2.5;
/** Extra R08 calls per day in the slow hour (weekday, weekend). */
export const SLOW_HOUR_EXTRA: readonly [number, number] = [3, 1.2];

/** Story 3 (seed 002): the seed's customer pair, six-month totals in cents. */
export const SEED_PAIR = [
  { id: 'C0001', revenueCents: 20_000_000, costCents: 10_000_000 },
  { id: 'C0002', revenueCents: 10_000_000, costCents: 2_000_000 },
] as const;

/** Story 4 (seed 002): customers who suddenly ask basic questions in the last six weeks. */
export const BASIC_SHIFT_CUSTOMERS = 10;
export const BASIC_WINDOW_START = '2026-05-20';
export const BASIC_WINDOW_START_DAY = dayIndex(BASIC_WINDOW_START);
export const BASIC_SHIFT_EXTRA_CALLS: readonly [number, number] = [11, 15];
export const BASIC_SHIFT_SHARE = 0.85;

/** Story 5 (seed 004): the summer promotion appears on 2026-04-08 and grows to this weight. */
export const PROMO_START_DAY = dayIndex('2026-04-08');
export const PROMO_PEAK_WEIGHT = 9;

/** Story 6 (seed 004): competitor mentions, per answered eligible call, by month (Jan..Jun). */
export const COMPETITOR = { en: 'SkyNet Telecom', zh: '天网通信' } as const;
export const SWITCH_WORD = { en: 'switch to', zh: '转网' } as const;
export const COMPETITOR_RATE: readonly number[] = [0.006, 0.007, 0.006, 0.008, 0.085, 0.028];

/** Story 7 (seeds 000, 001): product improvers and credit tiers. */
export const IMPROVER_CUSTOMERS = 55;
export const IMPROVER_SHARE = 0.45;
