/**
 * Which reason a contact is about, given its day, line, hour and caller:
 * validity dates (retired, merged and new codes), the summer promotion ramp,
 * the month-start billing run, the 15:00 system load, and the caller's habits.
 */
import type { Customer } from './customers';
import type { Rng } from './prng';
import {
  IMPROVER_SHARE,
  MONTH_START_DAYS,
  PROMO_PEAK_WEIGHT,
  PROMO_START_DAY,
  SLOW_HOUR,
  SLOW_HOUR_REASON_BOOST,
} from './stories';
import {
  BASIC_REASONS,
  IMPROVER_REASONS,
  MONTH_START_BOOST,
  REASONS,
  SUMMER_PROMO,
  SYSTEM_SLOW,
  reasonIndex,
} from './taxonomy';
import { DAY_COUNT, type DayInfo, dayIndex } from './time';

export interface ReasonContext {
  day: DayInfo;
  line: number;
  hour: number;
  customer: Customer;
  monthStartLine: boolean;
}

const OVERDUE = reasonIndex('R05');
const VALID_FROM = REASONS.map((r) => dayIndex(r.validFrom));
const VALID_TO = REASONS.map((r) => (r.validTo === undefined ? DAY_COUNT : dayIndex(r.validTo)));

/** Weight of a code on a day: 0 outside its validity; retired codes fade out first. */
function dayWeight(i: number, day: number): number {
  const r = REASONS[i];
  if (r === undefined || day < (VALID_FROM[i] ?? 0) || day > (VALID_TO[i] ?? DAY_COUNT)) return 0;
  if (i === SUMMER_PROMO) {
    // Grows from nothing on 2026-04-08 to PROMO_PEAK_WEIGHT on 2026-06-30.
    const progress = (day - PROMO_START_DAY + 1) / (DAY_COUNT - PROMO_START_DAY);
    return PROMO_PEAK_WEIGHT * Math.pow(progress, 1.3);
  }
  if (r.status === 'retired') return r.weight * (1 - day / ((VALID_TO[i] ?? DAY_COUNT) + 20));
  return r.weight;
}

/** Everyday weights of all codes on one day and line, merged codes folded into their target. */
export function reasonWeights(ctx: ReasonContext): number[] {
  const w = REASONS.map((r, i) => dayWeight(i, ctx.day.index) * (r.lineBias?.[ctx.line] ?? 1));
  REASONS.forEach((r, i) => {
    if (r.mergedInto !== undefined && ctx.day.index > (VALID_TO[i] ?? DAY_COUNT)) {
      const target = reasonIndex(r.mergedInto);
      w[target] = (w[target] ?? 0) + r.weight;
    }
  });
  if (ctx.monthStartLine && ctx.day.dayOfMonth <= MONTH_START_DAYS) {
    for (const [i, boost] of MONTH_START_BOOST) w[i] = (w[i] ?? 0) * boost;
  }
  if (ctx.hour === SLOW_HOUR) w[SYSTEM_SLOW] = (w[SYSTEM_SLOW] ?? 0) * SLOW_HOUR_REASON_BOOST;
  if (ctx.customer.tier === 'C' || ctx.customer.tier === 'D') w[OVERDUE] = (w[OVERDUE] ?? 0) * 4;
  return w;
}

function pickFrom(rng: Rng, subset: readonly number[]): number {
  const i = rng.weighted(subset.map((r) => REASONS[r]?.weight ?? 0));
  return subset[i] ?? 0;
}

export function pickReason(rng: Rng, ctx: ReasonContext): number {
  if (ctx.customer.improver && rng.chance(IMPROVER_SHARE)) return pickFrom(rng, IMPROVER_REASONS);
  return rng.weighted(reasonWeights(ctx));
}

/** A basic question (story 4): any of the basic codes, equally likely. */
export function pickBasicReason(rng: Rng): number {
  return rng.pick(BASIC_REASONS);
}
